<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionStatus</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>AddressListEditor</name>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Diese Adresse entfernen</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>Jahr unbekannt</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>This birthday does not exist: {day}.{month}.</source>
        <translation>Diesen Geburtstag gibt es nicht: {day}.{month}.</translation>
    </message>
</context>
<context>
    <name>CardPhotoButton</name>
    <message>
        <source>The business card this contact came from — click to enlarge</source>
        <translation>Die Visitenkarte, von der dieser Kontakt stammt — zum Vergrößern klicken</translation>
    </message>
    <message>
        <source>Photo of the business card</source>
        <translation>Foto der Visitenkarte</translation>
    </message>
</context>
<context>
    <name>CardPicture</name>
    <message>
        <source>No picture of this card.</source>
        <translation>Kein Bild dieser Karte.</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Pitch and online presence</source>
        <translation>Pitch und Online-Auftritt</translation>
    </message>
    <message>
        <source>Does your pitch tell the same story as your website and profiles?</source>
        <translation>Erzählt Ihr Pitch dieselbe Geschichte wie Ihre Website und Ihre Profile?</translation>
    </message>
    <message>
        <source>Does their pitch tell the same story as their website and profiles?</source>
        <translation>Erzählt der Pitch dieselbe Geschichte wie Website und Profile?</translation>
    </message>
    <message>
        <source>What you say</source>
        <translation>Was Sie sagen</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Was die Person gesagt hat</translation>
    </message>
    <message>
        <source>What your website / LinkedIn / XING says</source>
        <translation>Was Ihre Website / LinkedIn / XING sagen</translation>
    </message>
    <message>
        <source>What their website / LinkedIn / XING says</source>
        <translation>Was Website / LinkedIn / XING sagen</translation>
    </message>
    <message>
        <source>Paste text from the website or a profile here …</source>
        <translation>Text von der Website oder aus einem Profil hier einfügen …</translation>
    </message>
    <message>
        <source>Open {source}</source>
        <translation>{source} öffnen</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Details: what matches, what does not, what to suggest …</source>
        <translation>Details: was passt, was nicht, was Sie vorschlagen würden …</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Stimmig</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Unstimmig</translation>
    </message>
    <message>
        <source>No pitch yet. Write your elevator pitch above.</source>
        <translation>Noch kein Pitch. Schreiben Sie oben Ihren Elevator-Pitch.</translation>
    </message>
    <message>
        <source>No pitch recorded yet. Note what they say at the next event.</source>
        <translation>Noch kein Pitch notiert. Halten Sie beim nächsten Event fest, was die Person sagt.</translation>
    </message>
    <message>
        <source>Last checked {date}</source>
        <translation>Zuletzt geprüft am {date}</translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation>Noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>No pitch to compare yet.</source>
        <translation>Noch kein Pitch zum Vergleichen.</translation>
    </message>
    <message>
        <source>Paste text from the website or a profile to compare.</source>
        <translation>Fügen Sie Text von der Website oder aus einem Profil ein, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Looks consistent: {shared} of {total} key terms of the pitch appear online.</source>
        <translation>Wirkt stimmig: {shared} von {total} Schlüsselbegriffen des Pitches finden sich online.</translation>
    </message>
    <message>
        <source>Partly consistent: {shared} of {total} key terms of the pitch appear online. Have a closer look.</source>
        <translation>Teilweise stimmig: {shared} von {total} Schlüsselbegriffen des Pitches finden sich online. Sehen Sie genauer hin.</translation>
    </message>
    <message>
        <source>Possible mismatch: only {shared} of {total} key terms of the pitch appear online.</source>
        <translation>Möglicherweise unstimmig: nur {shared} von {total} Schlüsselbegriffen des Pitches finden sich online.</translation>
    </message>
    <message>
        <source>Shared: {terms}</source>
        <translation>Gemeinsam: {terms}</translation>
    </message>
    <message>
        <source>Only in the pitch: {terms}</source>
        <translation>Nur im Pitch: {terms}</translation>
    </message>
    <message>
        <source>Only online: {terms}</source>
        <translation>Nur online: {terms}</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>The stored photo cannot be shown.</source>
        <translation>Das gespeicherte Foto kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Added {date} · {source}</source>
        <translation>Hinzugefügt am {date} · {source}</translation>
    </message>
    <message>
        <source>No follow-ups for this person.</source>
        <translation>Keine Follow-ups für diesen Kontakt.</translation>
    </message>
    <message>
        <source>captured at an event</source>
        <translation>bei einem Event erfasst</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>vCard-Datei</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>LinkedIn export</source>
        <translation>LinkedIn-Export</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>von Hand eingegeben</translation>
    </message>
    <message>
        <source>from your phone (CardDAV sync)</source>
        <translation>vom Handy (CardDAV-Abgleich)</translation>
    </message>
    <message>
        <source>from a business card (photo)</source>
        <translation>von einer Visitenkarte (Foto)</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>This file is not a picture the app can read.</source>
        <translation>Diese Datei ist kein Bild, das die App lesen kann.</translation>
    </message>
    <message>
        <source>A contact needs at least a name, an organisation, an e-mail or a phone.</source>
        <translation>Ein Kontakt braucht mindestens einen Namen, eine Organisation, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>ContactPageWidgets</name>
    <message>
        <source>Choose photo …</source>
        <translation>Foto wählen …</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Show as QR code</source>
        <translation>Als QR-Code zeigen</translation>
    </message>
    <message>
        <source>Name and work</source>
        <translation>Name und Beruf</translation>
    </message>
    <message>
        <source>Built from the name if empty</source>
        <translation>Wird aus dem Namen gebildet, wenn leer</translation>
    </message>
    <message>
        <source>Phone, e-mail, address, web</source>
        <translation>Telefon, E-Mail, Adresse, Web</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ Telefon hinzufügen</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>+ Add e-mail</source>
        <translation>+ E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>+ Add website or profile</source>
        <translation>+ Website oder Profil hinzufügen</translation>
    </message>
    <message>
        <source>+ Add address</source>
        <translation>+ Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Personal and networking</source>
        <translation>Persönliches und Netzwerk</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>I know this person personally</source>
        <translation>Ich kenne diese Person persönlich</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>keine Erinnerung</translation>
    </message>
    <message>
        <source>e.g. card handed over at the event</source>
        <translation>z. B. Visitenkarte beim Event übergeben</translation>
    </message>
    <message>
        <source>Met at events</source>
        <translation>Getroffen bei Events</translation>
    </message>
    <message>
        <source>Not recorded at any event yet.</source>
        <translation>Noch bei keinem Event erfasst.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Select a person to see and edit their card.</source>
        <translation>Wählen Sie einen Kontakt, um seine Karte zu sehen und zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Zuletzt getroffen</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search names, companies, e-mails, pitches, notes …</source>
        <translation>Namen, Firmen, E-Mails, Pitches, Notizen durchsuchen …</translation>
    </message>
    <message>
        <source>Tag …</source>
        <translation>Schlagwort …</translation>
    </message>
    <message>
        <source>Add to event …</source>
        <translation>Zu Event hinzufügen …</translation>
    </message>
    <message>
        <source>Export …</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>No contacts yet.

Log an event and the people you met, or import business cards (.vcf) from the File menu.</source>
        <translation>Noch keine Kontakte.

Erfassen Sie ein Event und die Menschen, die Sie dort getroffen haben, oder importieren Sie Visitenkarten (.vcf) über das Menü Datei.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select people for bulk actions</source>
        <translation>Kontakte für Sammelaktionen auswählen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n people:</source>
        <translation>
            <numerusform>Schlagwort für %n Kontakt:</numerusform>
            <numerusform>Schlagwort für %n Kontakte:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n people.</source>
        <translation>
            <numerusform>%n Kontakt mit Schlagwort versehen.</numerusform>
            <numerusform>%n Kontakte mit Schlagwort versehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an event first.</source>
        <translation>Legen Sie zuerst ein Event an.</translation>
    </message>
    <message>
        <source>Add to event</source>
        <translation>Zu Event hinzufügen</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message numerus="yes">
        <source>Added %n people to the event.</source>
        <translation>
            <numerusform>%n Kontakt zum Event hinzugefügt.</numerusform>
            <numerusform>%n Kontakte zum Event hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n people to the trash. Restore them from the trash.</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschoben. Dort können Sie ihn wiederherstellen.</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschoben. Dort können Sie sie wiederherstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events (%n)</source>
        <translation>
            <numerusform>Events (%n)</numerusform>
            <numerusform>Events (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “{query}”.</source>
        <translation>Niemand passt zu „{query}“.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside Netzwerk.</source>
        <translation>In Netzwerk ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved when it is made. The details were written to the log file:
{path}</source>
        <translation>Ihre Daten sind sicher: Jede Änderung wird sofort gespeichert. Die Details stehen in der Protokolldatei:
{path}</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <source>Show Netzwerk</source>
        <translation>Netzwerk anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due now</source>
        <translation>
            <numerusform>%n Follow-up jetzt fällig</numerusform>
            <numerusform>%n Follow-ups jetzt fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Vielleicht derselbe Kontakt wie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>the same name at {org}</source>
        <translation>derselbe Name bei {org}</translation>
    </message>
    <message>
        <source>a similar name at {org}</source>
        <translation>ein ähnlicher Name bei {org}</translation>
    </message>
    <message>
        <source>, nothing else to tell</source>
        <translation>, sonst nichts zum Unterscheiden</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>derselbe Name</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>ein ähnlicher Name</translation>
    </message>
    <message>
        <source>the same e-mail address {value}</source>
        <translation>dieselbe E-Mail-Adresse {value}</translation>
    </message>
    <message>
        <source>the same profile {value}</source>
        <translation>dasselbe Profil {value}</translation>
    </message>
    <message>
        <source>the same phone number {value}</source>
        <translation>dieselbe Telefonnummer {value}</translation>
    </message>
    <message>
        <source>the same UID</source>
        <translation>dieselbe UID</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>These contacts have similar names, but nothing shows they are one person. Merge them if they are, or keep them apart: they will not be listed again.</source>
        <translation>Diese Kontakte haben ähnliche Namen, aber nichts zeigt, dass es derselbe Kontakt ist. Führen Sie sie zusammen, wenn es so ist, oder halten Sie sie getrennt: Dann werden sie nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Keine möglichen Dubletten.</translation>
    </message>
    <message>
        <source>Merge …</source>
        <translation>Zusammenführen …</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Getrennt halten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Which contact do you keep? The other one is merged into it: no value is lost, and the merge can be undone.</source>
        <translation>Welchen Kontakt behalten Sie? Der andere wird in ihn übernommen: Kein Wert geht verloren, und das Zusammenführen lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Keep {name} (#{id})</source>
        <translation>{name} behalten (#{id})</translation>
    </message>
    <message>
        <source>{other} was merged into {name}. Undo: netzwerk undo-merge {id}</source>
        <translation>{other} wurde in {name} übernommen. Rückgängig: netzwerk undo-merge {id}</translation>
    </message>
</context>
<context>
    <name>DuplicatesHint</name>
    <message>
        <source>Review …</source>
        <translation>Prüfen …</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) from imports to review.</source>
        <translation>
            <numerusform>%n mögliche Dublette aus Importen zu prüfen.</numerusform>
            <numerusform>%n mögliche Dubletten aus Importen zu prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Bietet an</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Cooperation idea</source>
        <translation>Idee zur Zusammenarbeit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What they said in their introduction</source>
        <translation>Was die Person in der Vorstellungsrunde gesagt hat</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Was die Person anbietet</translation>
    </message>
    <message>
        <source>Who their customers are</source>
        <translation>Wer ihre Kunden sind</translation>
    </message>
    <message>
        <source>How you could work together or refer each other</source>
        <translation>Wie Sie zusammenarbeiten oder sich gegenseitig empfehlen könnten</translation>
    </message>
    <message>
        <source>Anything else worth remembering</source>
        <translation>Was sonst noch wichtig ist</translation>
    </message>
    <message>
        <source>We talked business</source>
        <translation>Wir haben über Geschäftliches gesprochen</translation>
    </message>
</context>
<context>
    <name>EncounterTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database {path} is read-only; check the file&apos;s permissions.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt; prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; check its permissions.</source>
        <translation>Der Ordner {folder} ist schreibgeschützt; prüfen Sie seine Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Choose the date the follow-up should come back.</source>
        <translation>Wählen Sie das Datum, an dem das Follow-up wiederkommen soll.</translation>
    </message>
    <message>
        <source>A follow-up can only be snoozed until a later time.</source>
        <translation>Ein Follow-up kann nur auf einen späteren Zeitpunkt verschoben werden.</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>Dieses Follow-up ist schon erledigt.</translation>
    </message>
    <message>
        <source>This follow-up is already skipped.</source>
        <translation>Dieses Follow-up ist schon übersprungen.</translation>
    </message>
    <message>
        <source>This follow-up is already {status}.</source>
        <translation>Dieses Follow-up ist schon abgeschlossen ({status}).</translation>
    </message>
    <message>
        <source>Paste the address of their LinkedIn or XING profile, starting with https://.</source>
        <translation>Fügen Sie die Adresse des LinkedIn- oder XING-Profils ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone} (clocks go forward); choose another time.</source>
        <translation>{time} gibt es in {zone} nicht (die Uhren werden vorgestellt); wählen Sie eine andere Zeit.</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Etwas ist schiefgegangen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a file; only files can be read.</source>
        <translation>„{name}“ ist ein Ordner, keine Datei; nur Dateien können gelesen werden.</translation>
    </message>
    <message>
        <source>“{name}” is a named pipe, not a file; only files can be read.</source>
        <translation>„{name}“ ist eine benannte Pipe, keine Datei; nur Dateien können gelesen werden.</translation>
    </message>
    <message>
        <source>“{name}” is a device, not a file; only files can be read.</source>
        <translation>„{name}“ ist ein Gerät, keine Datei; nur Dateien können gelesen werden.</translation>
    </message>
    <message>
        <source>“{name}” is a socket, not a file; only files can be read.</source>
        <translation>„{name}“ ist ein Socket, keine Datei; nur Dateien können gelesen werden.</translation>
    </message>
    <message>
        <source>“{name}” is a special file, not a file; only files can be read.</source>
        <translation>„{name}“ ist eine Spezialdatei, keine gewöhnliche Datei; nur Dateien können gelesen werden.</translation>
    </message>
    <message>
        <source>Netzwerk is already running with this data folder. Switch to the open window instead.</source>
        <translation>Netzwerk läuft bereits mit diesem Datenordner. Wechseln Sie bitte zum geöffneten Fenster.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}).</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}); the old ones stay.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden ({reason}); die bisherigen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Line {line} of the CSV file cannot be read ({reason}).</source>
        <translation>Zeile {line} der CSV-Datei kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Tick at least one field that has a value.</source>
        <translation>Haken Sie mindestens ein Feld an, das einen Wert hat.</translation>
    </message>
    <message>
        <source>That is too much text for one QR code; leave out some fields.</source>
        <translation>Das ist zu viel Text für einen QR-Code; lassen Sie einige Felder weg.</translation>
    </message>
    <message>
        <source>There is no profile URL to put into the code.</source>
        <translation>Es gibt keine Profil-URL für den Code.</translation>
    </message>
    <message>
        <source>“{name}”: choose a file name ending in .png or .svg.</source>
        <translation>„{name}“: Wählen Sie einen Dateinamen, der auf .png oder .svg endet.</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read (use a PNG or JPEG image).</source>
        <translation>Diese Datei ist kein lesbares Bild (verwenden Sie ein PNG- oder JPEG-Bild).</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read (use a PNG or JPEG image); it seems to be damaged.</source>
        <translation>Diese Datei ist kein lesbares Bild (verwenden Sie ein PNG- oder JPEG-Bild); sie scheint beschädigt zu sein.</translation>
    </message>
    <message>
        <source>No QR code was found in this picture.</source>
        <translation>In diesem Bild wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>There is a QR code in this picture, but it is damaged and cannot be read.</source>
        <translation>In diesem Bild ist ein QR-Code, aber er ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The picture could not be read: the QR decoder stopped unexpectedly.</source>
        <translation>Das Bild konnte nicht gelesen werden: Der QR-Decoder wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>Reading the picture took too long; try a smaller or sharper picture.</source>
        <translation>Das Lesen des Bildes hat zu lange gedauert; versuchen Sie ein kleineres oder schärferes Bild.</translation>
    </message>
    <message>
        <source>The picture is too large to be read.</source>
        <translation>Das Bild ist zu groß, um gelesen zu werden.</translation>
    </message>
    <message>
        <source>The picture is {size} MB; pictures over 50 MB are not read.</source>
        <translation>Das Bild ist {size} MB groß; Bilder über 50 MB werden nicht gelesen.</translation>
    </message>
    <message>
        <source>The picture has {width} × {height} pixels, too many to be a photo; please use a smaller one.</source>
        <translation>Das Bild hat {width} × {height} Pixel, zu viele für ein Foto; bitte verwenden Sie ein kleineres.</translation>
    </message>
    <message>
        <source>{name} is not a Netzwerk backup; nothing was changed.</source>
        <translation>{name} ist keine Netzwerk-Sicherung; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} was not found; nothing was changed.</source>
        <translation>{path} wurde nicht gefunden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is not a readable Netzwerk backup; nothing was changed.</source>
        <translation>{name} ist keine lesbare Netzwerk-Sicherung; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Netzwerk; nothing was changed.</source>
        <translation>{name} wurde von einer neueren Version von Netzwerk geschrieben; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} could not be brought up to this version of Netzwerk; nothing was changed.</source>
        <translation>{name} konnte nicht auf den Stand dieser Version von Netzwerk gebracht werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is not a complete Netzwerk backup ({problem}); nothing was changed.</source>
        <translation>{name} ist keine vollständige Netzwerk-Sicherung ({problem}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There are no open follow-ups to put in a calendar.</source>
        <translation>Es gibt keine offenen Follow-ups für einen Kalender.</translation>
    </message>
    <message>
        <source>Unknown source checked: {sources}.</source>
        <translation>Unbekannte geprüfte Quelle: {sources}.</translation>
    </message>
    <message>
        <source>This consistency note belongs to someone else.</source>
        <translation>Diese Notiz zu Pitch und Online-Auftritt gehört zu einer anderen Person.</translation>
    </message>
    <message>
        <source>A contact needs at least a name, an organisation, an e-mail or a phone.</source>
        <translation>Ein Kontakt braucht mindestens einen Namen, eine Organisation, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>“{value}” is not a salutation; use {choices}.</source>
        <translation>„{value}“ ist keine Anrede; möglich sind {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a form of address; use {choices}.</source>
        <translation>„{value}“ ist keine Anredeform; möglich sind {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language; use {choices}.</source>
        <translation>„{value}“ ist keine Sprache; möglich sind {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value; use {choices}.</source>
        <translation>„{value}“ ist kein gültiger Wert; möglich sind {choices}.</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>„{url}“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Only a saved contact can be updated.</source>
        <translation>Nur ein gespeicherter Kontakt kann aktualisiert werden.</translation>
    </message>
    <message>
        <source>Type a tag first.</source>
        <translation>Geben Sie zuerst ein Schlagwort ein.</translation>
    </message>
    <message>
        <source>Choose two different contacts.</source>
        <translation>Wählen Sie zwei verschiedene Kontakte.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>#{number} {name} is in the trash; restore it first.</source>
        <translation>#{number} {name} ist im Papierkorb; stellen Sie den Kontakt zuerst wieder her.</translation>
    </message>
    <message>
        <source>Event times need a time zone.</source>
        <translation>Die Zeiten eines Events brauchen eine Zeitzone.</translation>
    </message>
    <message>
        <source>An event cannot end before it starts.</source>
        <translation>Ein Event kann nicht enden, bevor es beginnt.</translation>
    </message>
    <message>
        <source>A network needs a name.</source>
        <translation>Ein Netzwerk braucht einen Namen.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Ein Event braucht einen Titel.</translation>
    </message>
    <message>
        <source>Only a saved event can be updated.</source>
        <translation>Nur ein gespeichertes Event kann aktualisiert werden.</translation>
    </message>
    <message>
        <source>The network {name} has no event to repeat yet.</source>
        <translation>Das Netzwerk {name} hat noch kein Event, das sich wiederholen ließe.</translation>
    </message>
    <message>
        <source>This event belongs to no network, so there is nothing to repeat.</source>
        <translation>Dieses Event gehört zu keinem Netzwerk, daher gibt es nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>There is no network called {name}.</source>
        <translation>Es gibt kein Netzwerk namens {name}.</translation>
    </message>
    <message>
        <source>Unknown encounter fields: {fields}.</source>
        <translation>Unbekannte Felder einer Begegnung: {fields}.</translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation>Geben Sie zuerst einen Namen ein.</translation>
    </message>
    <message>
        <source>That person is not recorded at this event.</source>
        <translation>Dieser Kontakt ist bei diesem Event nicht erfasst.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not write {path}: the disk is full ({reason}). The old file is unchanged.</source>
        <translation>{path} konnte nicht geschrieben werden: Der Datenträger ist voll ({reason}). Die alte Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”.</source>
        <translation>Unbekanntes Exportformat „{format}“.</translation>
    </message>
    <message>
        <source>There are no contacts to export.</source>
        <translation>Es gibt keine Kontakte zum Exportieren.</translation>
    </message>
    <message>
        <source>A time without a time zone cannot be used here.</source>
        <translation>Eine Zeit ohne Zeitzone kann hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>This follow-up has no message to send.</source>
        <translation>Dieses Follow-up hat keine Nachricht zum Senden.</translation>
    </message>
    <message>
        <source>There is no follow-up with the number {number}.</source>
        <translation>Es gibt kein Follow-up mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>Unknown duplicate policy “{policy}”.</source>
        <translation>Unbekannte Regel für Dubletten „{policy}“.</translation>
    </message>
    <message>
        <source>Nothing from this file was imported: {reason}</source>
        <translation>Aus dieser Datei wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; files over 50 MB are not imported.</source>
        <translation>„{name}“ ist {size} MB groß; Dateien über 50 MB werden nicht importiert.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>Die Datei konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” looks like a LinkedIn export but has no header row.</source>
        <translation>„{name}“ sieht wie ein LinkedIn-Export aus, hat aber keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Merge {number} was already undone.</source>
        <translation>Die Zusammenführung {number} wurde schon rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Undo the later merge {number} into the same contact first.</source>
        <translation>Machen Sie zuerst die spätere Zusammenführung {number} in denselben Kontakt rückgängig.</translation>
    </message>
    <message>
        <source>{name} was changed after the merge; undoing it would lose those changes.</source>
        <translation>{name} wurde nach der Zusammenführung geändert; beim Rückgängigmachen gingen diese Änderungen verloren.</translation>
    </message>
    <message>
        <source>The website address must start with https:// or http://.</source>
        <translation>Die Adresse der Website muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>The LinkedIn address must start with https:// or http://.</source>
        <translation>Die LinkedIn-Adresse muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>The XING address must start with https:// or http://.</source>
        <translation>Die XING-Adresse muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>Your name cannot be empty.</source>
        <translation>Ihr Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>„{name}“ konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The text on the card in “{name}” could not be sorted into fields.</source>
        <translation>Der Text der Karte in „{name}“ ließ sich nicht in Felder aufteilen.</translation>
    </message>
    <message>
        <source>The card has no name, organisation, e-mail or phone to store.</source>
        <translation>Die Karte hat weder Namen noch Firma, E-Mail oder Telefonnummer, die sich speichern ließen.</translation>
    </message>
    <message>
        <source>The database was found damaged earlier and was kept aside as {kept}; there is no backup to restore: move that file elsewhere to start with an empty database.</source>
        <translation>Die Datenbank wurde schon früher beschädigt vorgefunden und als {kept} beiseitegelegt; es gibt keine Sicherung zum Wiederherstellen: Verschieben Sie diese Datei an einen anderen Ort, um mit einer leeren Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>The database was found damaged earlier and was kept aside as {kept}; the newest good backup is {backup} — restore it with: netzwerk restore {backup}</source>
        <translation>Die Datenbank wurde schon früher beschädigt vorgefunden und als {kept} beiseitegelegt; die neueste intakte Sicherung ist {backup} – stellen Sie sie wieder her mit: netzwerk restore {backup}</translation>
    </message>
    <message>
        <source>The database was damaged ({problem}) and was kept aside as {kept}; there is no backup to restore: move that file elsewhere to start with an empty database.</source>
        <translation>Die Datenbank war beschädigt ({problem}) und wurde als {kept} beiseitegelegt; es gibt keine Sicherung zum Wiederherstellen: Verschieben Sie diese Datei an einen anderen Ort, um mit einer leeren Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>The database was damaged ({problem}) and was kept aside as {kept}; the newest good backup is {backup} — restore it with: netzwerk restore {backup}</source>
        <translation>Die Datenbank war beschädigt ({problem}) und wurde als {kept} beiseitegelegt; die neueste intakte Sicherung ist {backup} – stellen Sie sie wieder her mit: netzwerk restore {backup}</translation>
    </message>
    <message>
        <source>A referral&apos;s value cannot be negative.</source>
        <translation>Der Wert einer Empfehlung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A meeting time needs a time zone.</source>
        <translation>Die Zeit eines Treffens braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>This follow-up is not a request from a stranger.</source>
        <translation>Dieses Follow-up ist keine Anfrage einer unbekannten Person.</translation>
    </message>
    <message>
        <source>Unknown placeholder: {placeholders}.</source>
        <translation>Unbekannter Platzhalter: {placeholders}.</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>Eine Vorlage braucht einen Text.</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was discarded.</source>
        <translation>Die Sicherung hat die Integritätsprüfung nicht bestanden und wurde verworfen.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}.</translation>
    </message>
    <message>
        <source>The database copy could not be finished: {reason}.</source>
        <translation>Die Kopie der Datenbank konnte nicht fertiggestellt werden: {reason}.</translation>
    </message>
    <message>
        <source>The database is busy in another program or window. Please try again in a moment.</source>
        <translation>Die Datenbank wird gerade von einem anderen Programm oder Fenster benutzt. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written. Free some space; nothing was changed.</source>
        <translation>Der Datenträger ist voll oder nicht beschreibbar. Schaffen Sie etwas Platz; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation>Die Datenbankdatei ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{name} is not a Netzwerk database (it has other tables).</source>
        <translation>{name} ist keine Netzwerk-Datenbank (sie enthält andere Tabellen).</translation>
    </message>
    <message>
        <source>The database file {name} is damaged or not a database ({reason}).</source>
        <translation>Die Datenbankdatei {name} ist beschädigt oder keine Datenbank ({reason}).</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Netzwerk (schema {schema}). Please update the app; the file was not changed.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Netzwerk geschrieben (Schema {schema}). Bitte aktualisieren Sie die App; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database update would break links between records ({count} problems); nothing was changed.</source>
        <translation>Die Aktualisierung der Datenbank würde Verknüpfungen zwischen Einträgen zerstören ({count} Probleme); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database could not be updated: {reason}</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden: {reason}</translation>
    </message>
    <message>
        <source>There is no record with the number {number}.</source>
        <translation>Es gibt keinen Eintrag mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>There is no contact with the number {number}.</source>
        <translation>Es gibt keinen Kontakt mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>There is no event with the number {number}.</source>
        <translation>Es gibt kein Event mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>There is no merge with the number {number}.</source>
        <translation>Es gibt keine Zusammenführung mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>There is no one-to-one with the number {number}.</source>
        <translation>Es gibt kein 1-2-1-Treffen mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>There is no referral with the number {number}.</source>
        <translation>Es gibt keine Empfehlung mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>There is no consistency note with the number {number}.</source>
        <translation>Es gibt keine Notiz zu Pitch und Online-Auftritt mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>“{name}” is a PNG image, not a vCard file.</source>
        <translation>„{name}“ ist ein PNG-Bild, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The file is a PNG image, not a vCard file.</source>
        <translation>Die Datei ist ein PNG-Bild, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>“{name}” is a JPEG image, not a vCard file.</source>
        <translation>„{name}“ ist ein JPEG-Bild, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The file is a JPEG image, not a vCard file.</source>
        <translation>Die Datei ist ein JPEG-Bild, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>“{name}” is a GIF image, not a vCard file.</source>
        <translation>„{name}“ ist ein GIF-Bild, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The file is a GIF image, not a vCard file.</source>
        <translation>Die Datei ist ein GIF-Bild, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>“{name}” is a PDF document, not a vCard file.</source>
        <translation>„{name}“ ist ein PDF-Dokument, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The file is a PDF document, not a vCard file.</source>
        <translation>Die Datei ist ein PDF-Dokument, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>“{name}” is a ZIP archive (perhaps a Word or Excel file), not a vCard file.</source>
        <translation>„{name}“ ist ein ZIP-Archiv (vielleicht eine Word- oder Excel-Datei), keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive (perhaps a Word or Excel file), not a vCard file.</source>
        <translation>Die Datei ist ein ZIP-Archiv (vielleicht eine Word- oder Excel-Datei), keine vCard-Datei.</translation>
    </message>
    <message>
        <source>“{name}” is a media file, not a vCard file.</source>
        <translation>„{name}“ ist eine Mediendatei, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The file is a media file, not a vCard file.</source>
        <translation>Die Datei ist eine Mediendatei, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>“{name}” is a compressed (gzip) file, not a vCard file.</source>
        <translation>„{name}“ ist eine komprimierte (gzip-)Datei, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The file is a compressed (gzip) file, not a vCard file.</source>
        <translation>Die Datei ist eine komprimierte (gzip-)Datei, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>“{name}” is a bitmap image, not a vCard file.</source>
        <translation>„{name}“ ist ein Bitmap-Bild, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The file is a bitmap image, not a vCard file.</source>
        <translation>Die Datei ist ein Bitmap-Bild, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; vCard files over 50 MB are not imported.</source>
        <translation>„{name}“ ist {size} MB groß; vCard-Dateien über 50 MB werden nicht importiert.</translation>
    </message>
    <message>
        <source>The file is {size} MB; vCard files over 50 MB are not imported.</source>
        <translation>Die Datei ist {size} MB groß; vCard-Dateien über 50 MB werden nicht importiert.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>“{name}” holds {cards} cards; files of more than {limit} cards are not imported. Please split it into smaller files.</source>
        <translation>„{name}“ enthält {cards} Karten; Dateien mit mehr als {limit} Karten werden nicht importiert. Bitte teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file holds {cards} cards; files of more than {limit} cards are not imported. Please split it into smaller files.</source>
        <translation>Die Datei enthält {cards} Karten; Dateien mit mehr als {limit} Karten werden nicht importiert. Bitte teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>“{name}” is a binary file, not a vCard file.</source>
        <translation>„{name}“ ist eine Binärdatei, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>The file is a binary file, not a vCard file.</source>
        <translation>Die Datei ist eine Binärdatei, keine vCard-Datei.</translation>
    </message>
    <message>
        <source>“{name}” contains no vCard (no BEGIN:VCARD line was found).</source>
        <translation>„{name}“ enthält keine vCard (es wurde keine Zeile BEGIN:VCARD gefunden).</translation>
    </message>
    <message>
        <source>The file contains no vCard (no BEGIN:VCARD line was found).</source>
        <translation>Die Datei enthält keine vCard (es wurde keine Zeile BEGIN:VCARD gefunden).</translation>
    </message>
    <message>
        <source>No contact found in this code.</source>
        <translation>In diesem Code wurde kein Kontakt gefunden.</translation>
    </message>
    <message>
        <source>Give the people who came as contact numbers: --met 3,7,12.</source>
        <translation>Geben Sie die Anwesenden als Kontaktnummern an: --met 3,7,12.</translation>
    </message>
    <message>
        <source>--met records people at a saved event: add --save.</source>
        <translation>--met trägt Personen bei einem gespeicherten Event ein: Ergänzen Sie --save.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not readable XML.</source>
        <translation>Die Antwort des Servers ist kein lesbares XML.</translation>
    </message>
    <message>
        <source>No address book was found at {url}; is it a CardDAV server?</source>
        <translation>Unter {url} wurde kein Adressbuch gefunden; ist das ein CardDAV-Server?</translation>
    </message>
    <message>
        <source>The server has no address book for this account.</source>
        <translation>Der Server hat für dieses Konto kein Adressbuch.</translation>
    </message>
    <message>
        <source>There is no sync account with the number {number}.</source>
        <translation>Es gibt kein Sync-Konto mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>There is no conflict with the number {number}.</source>
        <translation>Es gibt keinen Konflikt mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>The card of {name} kept changing on the server while it was synced; sync again.</source>
        <translation>Die Karte von {name} hat sich auf dem Server während des Abgleichs immer wieder geändert; gleichen Sie bitte erneut ab.</translation>
    </message>
    <message>
        <source>The server holds a card for {name} that cannot be read.</source>
        <translation>Der Server hat eine Karte für {name}, die sich nicht lesen lässt.</translation>
    </message>
    <message>
        <source>“{url}” is no web address (https://…).</source>
        <translation>„{url}“ ist keine Webadresse (https://…).</translation>
    </message>
    <message>
        <source>The address {url} is not encrypted; use https:// (plain http only works for a server on this computer).</source>
        <translation>Die Adresse {url} ist nicht verschlüsselt; verwenden Sie https:// (einfaches http geht nur für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <source>The server refused the user name or password; check them (iCloud needs an app-specific password).</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt; prüfen Sie beides (iCloud braucht ein app-spezifisches Passwort).</translation>
    </message>
    <message>
        <source>The server does not allow this account to {what}.</source>
        <translation>Der Server erlaubt diesem Konto nicht: {what}.</translation>
    </message>
    <message>
        <source>The server answered {method} with error {status}; try again later.</source>
        <translation>Der Server hat {method} mit dem Fehler {status} beantwortet; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The server {host} has a certificate that cannot be trusted; nothing was sent.</source>
        <translation>Der Server {host} hat ein Zertifikat, dem nicht vertraut werden kann; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server {host} did not answer in time; try again later.</source>
        <translation>Der Server {host} hat nicht rechtzeitig geantwortet; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached; check the address and the network.</source>
        <translation>Der Server {host} ist nicht erreichbar; prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>There is no password for {user} at {url}; remove the account and add it again.</source>
        <translation>Für {user} bei {url} ist kein Passwort gespeichert; entfernen Sie das Konto und fügen Sie es neu hinzu.</translation>
    </message>
    <message>
        <source>No business card was found in this picture.</source>
        <translation>Auf diesem Bild wurde keine Visitenkarte gefunden.</translation>
    </message>
    <message>
        <source>The picture could not be read: the text recogniser stopped unexpectedly.</source>
        <translation>Das Bild konnte nicht gelesen werden: die Texterkennung wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>Reading business cards needs the text recogniser, which is not installed (install Netzwerk with its scan extra).</source>
        <translation>Zum Lesen von Visitenkarten fehlt die Texterkennung (installieren Sie Netzwerk mit dem Zusatz „scan“).</translation>
    </message>
    <message>
        <source>The picture is larger than 5 MB; please choose a smaller one.</source>
        <translation>Das Bild ist größer als 5 MB; bitte wählen Sie ein kleineres.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Event bearbeiten</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neues Event</translation>
    </message>
    <message>
        <source>e.g. BNI Chapter Isartal</source>
        <translation>z. B. BNI Chapter Isartal</translation>
    </message>
    <message>
        <source>e.g. Business breakfast</source>
        <translation>z. B. Unternehmerfrühstück</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Referent/in</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Please give the event a title.</source>
        <translation>Bitte geben Sie dem Event einen Titel.</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Recognised from the title</source>
        <translation>Aus dem Titel erkannt</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Frühstück</translation>
    </message>
    <message>
        <source>Regulars&apos; table</source>
        <translation>Stammtisch</translation>
    </message>
    <message>
        <source>Business lunch</source>
        <translation>Business Lunch</translation>
    </message>
    <message>
        <source>Barcamp</source>
        <translation>Barcamp</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Andere Veranstaltung</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>New event …</source>
        <translation>Neues Event …</translation>
    </message>
    <message>
        <source>The selected event&apos;s network again: a week (or its usual interval) later</source>
        <translation>Das Netzwerk des gewählten Events noch einmal: eine Woche (oder im üblichen Abstand) später</translation>
    </message>
    <message>
        <source>Networks …</source>
        <translation>Netzwerke …</translation>
    </message>
    <message>
        <source>Sie or Du, and the language, for each network</source>
        <translation>Sie oder Du und die Sprache für jedes Netzwerk</translation>
    </message>
    <message>
        <source>No events yet.

After your next breakfast or meetup, log it with “New event”.</source>
        <translation>Noch keine Events.

Erfassen Sie Ihr nächstes Frühstück oder Treffen mit „Neues Event“.</translation>
    </message>
    <message>
        <source>Edit …</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Repeat …</source>
        <translation>Wiederholen …</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>Select an event to see who you met there.</source>
        <translation>Wählen Sie ein Event, um zu sehen, wen Sie dort getroffen haben.</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>Referent/⁠in: {name}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Thema: {topic}</translation>
    </message>
    <message>
        <source>{name} (met at {times} of {of})</source>
        <translation>{name} (bei {times} von {of} dabei)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n contacts.</source>
        <translation>
            <numerusform>%n Kontakt exportieren.</numerusform>
            <numerusform>%n Kontakte exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all contacts that are not in the trash.</source>
        <translation>Alle Kontakte exportieren, die nicht im Papierkorb sind.</translation>
    </message>
    <message>
        <source>vCard 3.0 (phones, Outlook, most programs)</source>
        <translation>vCard 3.0 (Telefone, Outlook, die meisten Programme)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV für Tabellen</translation>
    </message>
    <message>
        <source>Choose …</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Include photos</source>
        <translation>Fotos mitnehmen</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Meine privaten Notizen mitnehmen</translation>
    </message>
    <message>
        <source>Private notes are encounters, pitches, consistency notes, follow-ups and the source note. Without them the file holds only the business cards — right for passing people on. With them it is a full copy for yourself, which Netzwerk reads back completely.</source>
        <translation>Private Notizen sind Begegnungen, Pitches, Notizen zu Pitch und Online-Auftritt, Follow-ups und die Herkunftsnotiz. Ohne sie enthält die Datei nur die Visitenkarten – richtig, um Kontakte weiterzugeben. Mit ihnen ist sie eine vollständige Kopie für Sie selbst, die Netzwerk vollständig wieder einliest.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Privacy note</source>
        <translation>Datenschutz-Notiz</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Known in person</source>
        <translation>Persönlich bekannt</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn since</source>
        <translation>Bei LinkedIn verbunden seit</translation>
    </message>
    <message>
        <source>XING</source>
        <translation>XING</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>In Kontakt bleiben alle</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Anredeform</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Ms (Frau)</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Mr (Herr)</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>none (full name)</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Sie (formal)</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Du (informal)</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>network&apos;s default</source>
        <translation>Standard des Netzwerks</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>FirstCardDialog</name>
    <message>
        <source>Welcome to Netzwerk</source>
        <translation>Willkommen bei Netzwerk</translation>
    </message>
    <message>
        <source>The app drafts your messages after each event and signs them with your name. What is your name? Everything else can wait.</source>
        <translation>Die App entwirft nach jeder Veranstaltung Ihre Nachrichten und unterschreibt sie mit Ihrem Namen. Wie heißen Sie? Alles andere hat Zeit.</translation>
    </message>
    <message>
        <source>e.g. Martina Schreiber</source>
        <translation>z. B. Martina Schreiber</translation>
    </message>
    <message>
        <source>optional, e.g. Texts for craft businesses</source>
        <translation>optional, z. B. Texte für Handwerksbetriebe</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your pitch in one line</source>
        <translation>Ihr Pitch in einem Satz</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <source>XING profile</source>
        <translation>XING-Profil</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported: {n}</source>
        <translation>Importiert: {n}</translation>
    </message>
    <message>
        <source>Merged with existing contacts: {n}</source>
        <translation>Mit vorhandenen Kontakten zusammengeführt: {n}</translation>
    </message>
    <message>
        <source>Skipped (already there): {n}</source>
        <translation>Übersprungen (schon vorhanden): {n}</translation>
    </message>
    <message>
        <source>Could not be read: {n}</source>
        <translation>Nicht lesbar: {n}</translation>
    </message>
    <message>
        <source>LinkedIn connections confirmed: {n}</source>
        <translation>Bestätigte LinkedIn-Kontakte: {n}</translation>
    </message>
    <message>
        <source>LinkedIn connections not in your contacts yet: {n}</source>
        <translation>LinkedIn-Kontakte, die noch nicht unter Ihren Kontakten sind: {n}</translation>
    </message>
    <message>
        <source>Possible duplicates to review: {n}</source>
        <translation>Mögliche Dubletten zum Prüfen: {n}</translation>
    </message>
    <message>
        <source>The import was cancelled; files already finished are kept.</source>
        <translation>Der Import wurde abgebrochen; bereits fertige Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>{name}: already known as {existing} ({reason})</source>
        <translation>{name}: schon vorhanden als {existing} ({reason})</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Skip people I already have</source>
        <translation>Vorhandene Kontakte überspringen</translation>
    </message>
    <message>
        <source>Merge them into the existing contact</source>
        <translation>Mit dem vorhandenen Kontakt zusammenführen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Kein Event</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Getroffen bei</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Add them as contacts</source>
        <translation>Als Kontakte hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt hinzugefügt.</numerusform>
            <numerusform>%n Kontakte hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>It contained another card inside it (BEGIN:VCARD within a card); that card was read separately.</source>
        <translation>Die Karte enthielt eine weitere Karte (BEGIN:VCARD innerhalb einer Karte); diese wurde einzeln gelesen.</translation>
    </message>
    <message>
        <source>Unknown character set “{charset}”; text was read as UTF-8 or Windows-1252.</source>
        <translation>Unbekannter Zeichensatz „{charset}“; der Text wurde als UTF-8 oder Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>Its text encoding was guessed as {encoding}; please check its names.</source>
        <translation>Die Zeichenkodierung der Karte wurde als {encoding} geschätzt; bitte prüfen Sie die Namen.</translation>
    </message>
    <message>
        <source>Its web address “{value}” is not a valid link; it was kept as text.</source>
        <translation>Die Webadresse „{value}“ auf der Karte ist kein gültiger Link; sie wurde als Text übernommen.</translation>
    </message>
    <message>
        <source>Its photo is larger than {size} MB and was left out.</source>
        <translation>Das Foto der Karte ist größer als {size} MB und wurde weggelassen.</translation>
    </message>
    <message>
        <source>Its photo is damaged (invalid base64 data) and was left out.</source>
        <translation>Das Foto der Karte ist beschädigt (ungültige Base64-Daten) und wurde weggelassen.</translation>
    </message>
    <message>
        <source>The card has no name.</source>
        <translation>Die Karte hat keinen Namen.</translation>
    </message>
    <message>
        <source>The card is empty.</source>
        <translation>Die Karte ist leer.</translation>
    </message>
    <message>
        <source>The card has no name, organisation, e-mail or phone.</source>
        <translation>Die Karte hat weder Namen noch Organisation, E-Mail-Adresse oder Telefonnummer.</translation>
    </message>
    <message>
        <source>Its {property} entry is larger than 10 MB.</source>
        <translation>Der Eintrag {property} der Karte ist größer als 10 MB.</translation>
    </message>
    <message>
        <source>The XING card has no profile URL; its XING id was kept.</source>
        <translation>Die XING-Karte hat keine Profil-URL; ihre XING-ID wurde übernommen.</translation>
    </message>
    <message>
        <source>the connection date “{date}” could not be read; the date was left empty.</source>
        <translation>Das Vernetzungsdatum „{date}“ war nicht lesbar; das Datum bleibt leer.</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing from this file was imported.</source>
        <translation>Der Import wurde abgebrochen; aus dieser Datei wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the event “{title}” ({date}) was not in the database and was added.</source>
        <translation>Das Event „{title}“ ({date}) war noch nicht gespeichert und wurde angelegt.</translation>
    </message>
    <message>
        <source>{rows} connections in this file are called {name}, and so is contact {id}; the connection was marked on nobody and is not offered as a new contact. Mark it on the contact yourself.</source>
        <translation>{rows} Kontakte in dieser Datei heißen {name}, ebenso Kontakt {id}; die Vernetzung wurde bei niemandem vermerkt und nicht als neuer Kontakt angeboten. Vermerken Sie sie selbst beim richtigen Kontakt.</translation>
    </message>
    <message>
        <source>{count} contacts are called {name} ({ids}); the connection was marked on none of them and is not offered as a new contact. Mark it on the right one yourself.</source>
        <translation>{count} Kontakte heißen {name} ({ids}); die Vernetzung wurde bei keinem davon vermerkt und nicht als neuer Kontakt angeboten. Vermerken Sie sie selbst beim richtigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) without a name (members who left LinkedIn or hid their data) left out.</source>
        <translation>
            <numerusform>%n Kontakt ohne Namen (Mitglied hat LinkedIn verlassen oder seine Daten verborgen) ausgelassen.</numerusform>
            <numerusform>%n Kontakte ohne Namen (Mitglieder haben LinkedIn verlassen oder ihre Daten verborgen) ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) matching no contact not added.</source>
        <translation>
            <numerusform>%n LinkedIn-Kontakt passt zu keinem Ihrer Kontakte und wurde nicht hinzugefügt.</numerusform>
            <numerusform>%n LinkedIn-Kontakte passen zu keinem Ihrer Kontakte und wurden nicht hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>; the card brings nothing new</source>
        <translation>; die Karte bringt nichts Neues</translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message has {length} characters; {limit} fit.</source>
        <translation>Die Nachricht hat {length} Zeichen; {limit} passen.</translation>
    </message>
    <message>
        <source>The subject is longer than {limit} characters.</source>
        <translation>Der Betreff ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The e-mail has no subject.</source>
        <translation>Die E-Mail hat keinen Betreff.</translation>
    </message>
    <message>
        <source>Fill in or remove: {placeholders}.</source>
        <translation>Ausfüllen oder entfernen: {placeholders}.</translation>
    </message>
    <message>
        <source>“{word}” sounds like selling; a first message should not sell.</source>
        <translation>„{word}“ klingt nach Verkaufen; eine erste Nachricht sollte nichts verkaufen.</translation>
    </message>
    <message>
        <source>Links in a personal note put people off.</source>
        <translation>Links in einer persönlichen Nachricht schrecken ab.</translation>
    </message>
    <message>
        <source>Say where you met: {places}.</source>
        <translation>Nennen Sie, wo Sie sich kennengelernt haben: {places}.</translation>
    </message>
    <message>
        <source>This is the template as it is.</source>
        <translation>Das ist die Vorlage, unverändert.</translation>
    </message>
    <message>
        <source>Nothing concrete from your conversation yet; add one thing you talked about.</source>
        <translation>Noch nichts Konkretes aus Ihrem Gespräch; ergänzen Sie eine Sache, über die Sie gesprochen haben.</translation>
    </message>
    <message>
        <source>One exclamation mark is enough.</source>
        <translation>Ein Ausrufezeichen genügt.</translation>
    </message>
    <message>
        <source>“{word}” in capitals shouts.</source>
        <translation>„{word}“ in Großbuchstaben wirkt wie Schreien.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Meine Karte</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Opening your contacts …</source>
        <translation>Ihre Kontakte werden geöffnet …</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Datenordner: {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import contacts …</source>
        <translation>Kontakte &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export all contacts …</source>
        <translation>Alle Kontakte e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Read &amp;QR code …</source>
        <translation>&amp;QR-Code lesen …</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Settings …</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New event …</source>
        <translation>&amp;Neues Event …</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates …</source>
        <translation>Mögliche &amp;Dubletten …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Netzwerk</source>
        <translation>&amp;Über Netzwerk</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MyCardView</name>
    <message>
        <source>My card</source>
        <translation>Meine Karte</translation>
    </message>
    <message>
        <source>Your own business card: shown as a QR code at events and used in the messages the app drafts for you.</source>
        <translation>Ihre eigene Visitenkarte: bei Events als QR-Code gezeigt und in den Nachrichten verwendet, die die App für Sie entwirft.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Show as QR code</source>
        <translation>Als QR-Code zeigen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <source>XING profile</source>
        <translation>XING-Profil</translation>
    </message>
    <message>
        <source>Name and work</source>
        <translation>Name und Beruf</translation>
    </message>
    <message>
        <source>Built from the name if empty</source>
        <translation>Wird aus dem Namen gebildet, wenn leer</translation>
    </message>
    <message>
        <source>Phone, e-mail and profiles</source>
        <translation>Telefon, E-Mail und Profile</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation>+ Telefon hinzufügen</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>+ Add e-mail</source>
        <translation>+ E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Your pitch</source>
        <translation>Ihr Pitch</translation>
    </message>
    <message>
        <source>What you say in the introduction round (about 60 seconds)</source>
        <translation>Was Sie in der Vorstellungsrunde sagen (etwa 60 Sekunden)</translation>
    </message>
    <message>
        <source>What you do, in one line</source>
        <translation>Was Sie machen, in einer Zeile</translation>
    </message>
    <message>
        <source>Elevator pitch</source>
        <translation>Elevator-Pitch</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>Eine Zeile</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>NetworkDefaultsDialog</name>
    <message>
        <source>Networks: Sie or Du</source>
        <translation>Netzwerke: Sie oder Du</translation>
    </message>
    <message>
        <source>How the people of each network are addressed in drafted messages, unless a person&apos;s own card says otherwise.</source>
        <translation>Wie die Menschen jedes Netzwerks in vorbereiteten Nachrichten angesprochen werden, sofern ihre eigene Karte nichts anderes sagt.</translation>
    </message>
    <message>
        <source>No networks yet: a network is added with its first event.</source>
        <translation>Noch keine Netzwerke: Ein Netzwerk entsteht mit seiner ersten Veranstaltung.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Sie or Du</source>
        <translation>Sie oder Du</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sie</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>as in Settings</source>
        <translation>wie in den Einstellungen</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Met at “{title}” on {date}</source>
        <translation>Getroffen bei „{title}“ am {date}</translation>
    </message>
    <message>
        <source>Imported from {file} on {date}</source>
        <translation>Importiert aus {file} am {date}</translation>
    </message>
    <message>
        <source>Read from a QR code ({source}) on {date}</source>
        <translation>Aus einem QR-Code gelesen ({source}) am {date}</translation>
    </message>
    <message>
        <source>From the LinkedIn export {file} on {date}</source>
        <translation>Aus dem LinkedIn-Export {file} am {date}</translation>
    </message>
    <message>
        <source>Connection request on {platform} on {date}; not met in person</source>
        <translation>Kontaktanfrage über {platform} am {date}; nicht persönlich getroffen</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Esc closes</source>
        <translation>Esc schließt</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <source>XING URL</source>
        <translation>XING-URL</translation>
    </message>
    <message>
        <source>Only the profile URL (a smaller code)</source>
        <translation>Nur die Profil-URL (kleinerer Code)</translation>
    </message>
    <message>
        <source>Present full screen</source>
        <translation>Im Vollbild zeigen</translation>
    </message>
    <message>
        <source>Save as PNG …</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>Save as SVG …</source>
        <translation>Als SVG speichern …</translation>
    </message>
    <message>
        <source>What the code holds</source>
        <translation>Was der Code enthält</translation>
    </message>
    <message>
        <source>QR version {version} · {count} bytes</source>
        <translation>QR-Version {version} · {count} Bytes</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>QrReadDialog</name>
    <message>
        <source>Read a QR code</source>
        <translation>QR-Code lesen</translation>
    </message>
    <message>
        <source>Choose a photo or screenshot of a QR code, paste one from the clipboard, or drop a picture here.</source>
        <translation>Wählen Sie ein Foto oder einen Screenshot eines QR-Codes, fügen Sie eines aus der Zwischenablage ein oder ziehen Sie ein Bild hierher.</translation>
    </message>
    <message>
        <source>Choose picture …</source>
        <translation>Bild wählen …</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>The text of the code appears here.</source>
        <translation>Hier erscheint der Text des Codes.</translation>
    </message>
    <message>
        <source>No event — only add the contact</source>
        <translation>Kein Event – nur den Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Add to event</source>
        <translation>Zu Event hinzufügen</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Getroffen bei</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.heic *.heif *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.heic *.heif *.gif *.bmp *.webp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>In der Zwischenablage ist kein Bild.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Reading the picture …</source>
        <translation>Das Bild wird gelesen …</translation>
    </message>
    <message>
        <source>Adding …</source>
        <translation>Wird hinzugefügt …</translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation>Hinzugefügt: {names}.</translation>
    </message>
    <message>
        <source>Already there: {names}.</source>
        <translation>Schon vorhanden: {names}.</translation>
    </message>
    <message>
        <source>Recorded at the event; the follow-up is planned.</source>
        <translation>Beim Event erfasst; das Follow-up ist geplant.</translation>
    </message>
    <message>
        <source>dropped picture</source>
        <translation>hineingezogenes Bild</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Database damaged</source>
        <translation>Datenbank beschädigt</translation>
    </message>
    <message>
        <source>Your database file is damaged. It was kept unchanged as
{kept}

The newest good backup is
{backup}

Restore it now?</source>
        <translation>Ihre Datenbankdatei ist beschädigt. Sie wurde unverändert aufbewahrt als
{kept}

Die neueste intakte Sicherung ist
{backup}

Jetzt wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Your database file is damaged. It was kept unchanged as
{kept}

There is no backup to restore.</source>
        <translation>Ihre Datenbankdatei ist beschädigt. Sie wurde unverändert aufbewahrt als
{kept}

Es gibt keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Mit einer leeren Datenbank beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>RegularsChecklist</name>
    <message>
        <source>Regulars: tick who came</source>
        <translation>Stammgäste: Wer war da?</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle abhaken</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Alle Haken entfernen</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} von {total} abgehakt</translation>
    </message>
</context>
<context>
    <name>RelationshipSection</name>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>What the lead is about</source>
        <translation>Worum es bei der Empfehlung geht</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Empfehlung hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Place, e.g. a café</source>
        <translation>Ort, z. B. ein Café</translation>
    </message>
    <message>
        <source>Add one-to-one</source>
        <translation>1-2-1 hinzufügen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>1-2-1-Treffen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>given</source>
        <translation>gegeben</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Noch keine Empfehlungen.</translation>
    </message>
    <message>
        <source>No one-to-ones yet.</source>
        <translation>Noch keine 1-2-1-Treffen.</translation>
    </message>
</context>
<context>
    <name>RelationshipState</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht vernetzt</translation>
    </message>
    <message>
        <source>Request drafted</source>
        <translation>Anfrage entworfen</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Vernetzt</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>Title / prefix</source>
        <translation>Titel / Präfix</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web / LinkedIn / XING</source>
        <translation>Web / LinkedIn / XING</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>From the QR code printed on the card</source>
        <translation>Aus dem QR-Code auf der Karte</translation>
    </message>
    <message>
        <source>Please check: read with uncertainty</source>
        <translation>Bitte prüfen: unsicher gelesen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>RosterCapture</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What they do, in one line</source>
        <translation>Was die Person macht, in einer Zeile</translation>
    </message>
    <message>
        <source>No salutation</source>
        <translation>Keine Anrede</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>Sie/Du: default</source>
        <translation>Sie/Du: Standard</translation>
    </message>
    <message>
        <source>Sie</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Name, Tab, a line about them, Enter. Known people are suggested.</source>
        <translation>Name, Tab, eine Zeile zur Person, Enter. Bekannte Personen werden vorgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SafeLinks</name>
    <message>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>This link cannot be opened safely:

{url}</source>
        <translation>Dieser Link kann nicht sicher geöffnet werden:

{url}</translation>
    </message>
    <message>
        <source>Write an e-mail to

{target}

in your mail program?</source>
        <translation>Eine E-Mail an

{target}

im Mailprogramm schreiben?</translation>
    </message>
    <message>
        <source>Call

{target}

with your phone app?</source>
        <translation>Mit der Telefon-App anrufen?

{target}</translation>
    </message>
    <message>
        <source>Open this website in your browser?

{target}

{url}</source>
        <translation>Diese Website im Browser öffnen?

{target}

{url}</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan business cards</source>
        <translation>Visitenkarten scannen</translation>
    </message>
    <message>
        <source>Photos of business cards</source>
        <translation>Fotos von Visitenkarten</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <source>Folder with photos of business cards</source>
        <translation>Ordner mit Fotos von Visitenkarten</translation>
    </message>
    <message>
        <source>There are no photos among the chosen files.</source>
        <translation>Unter den gewählten Dateien ist kein Foto.</translation>
    </message>
    <message>
        <source>No business card was found on this photo.</source>
        <translation>Auf diesem Foto wurde keine Visitenkarte gefunden.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>ScanPages</name>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Met at &amp;event:</source>
        <translation>Bei &amp;Veranstaltung:</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Lesen anhalten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back side of the &amp;previous card</source>
        <translation>&amp;Rückseite der vorigen Karte</translation>
    </message>
    <message>
        <source>This photo shows the back of the card before: read both as one card.</source>
        <translation>Dieses Foto zeigt die Rückseite der vorigen Karte: beide Seiten werden eine Karte.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>&amp;Add card</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Photograph each business card (front and back if both are printed), then choose the photos or a folder of them, or drop them here. Reading happens on this computer; nothing leaves it.</source>
        <translation>Fotografieren Sie jede Visitenkarte (Vorder- und Rückseite, wenn beide bedruckt sind), wählen Sie dann die Fotos oder einen Ordner damit, oder ziehen Sie sie hierher. Gelesen wird auf diesem Computer; nichts verlässt ihn.</translation>
    </message>
    <message>
        <source>Choose &amp;photos …</source>
        <translation>&amp;Fotos wählen …</translation>
    </message>
    <message>
        <source>Choose a &amp;folder …</source>
        <translation>&amp;Ordner wählen …</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Zusammen&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Übersprin&amp;gen</translation>
    </message>
    <message>
        <source>Keep b&amp;oth</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Both sides as one card; adding it completes the contact stored before.</source>
        <translation>Beide Seiten als eine Karte; Übernehmen ergänzt den eben gespeicherten Kontakt.</translation>
    </message>
    <message>
        <source>Already known: {name} — merge, skip or keep both?</source>
        <translation>Schon bekannt: {name} — zusammenführen, überspringen oder beide behalten?</translation>
    </message>
    <message>
        <source>Scan business cards</source>
        <translation>Visitenkarten scannen</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are not added yet. Close anyway and lose them?</source>
        <translation>
            <numerusform>%n Karte ist noch nicht übernommen. Trotzdem schließen und sie verwerfen?</numerusform>
            <numerusform>%n Karten sind noch nicht übernommen. Trotzdem schließen und sie verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Schließen und verwerfen</translation>
    </message>
    <message>
        <source>Keep reviewing</source>
        <translation>Weiter prüfen</translation>
    </message>
    <message>
        <source>Card {n} of {total}</source>
        <translation>Karte {n} von {total}</translation>
    </message>
    <message>
        <source>Reading photo {n} of {total} …</source>
        <translation>Foto {n} von {total} wird gelesen …</translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation>Lesen angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) read</source>
        <translation>
            <numerusform>%n Foto gelesen</numerusform>
            <numerusform>%n Fotos gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanSummary</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message>
        <source>Show the contacts</source>
        <translation>Kontakte anzeigen</translation>
    </message>
    <message>
        <source>Double-click a card to open its contact.</source>
        <translation>Doppelklick auf eine Karte öffnet ihren Kontakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n Kontakt angelegt</numerusform>
            <numerusform>%n Kontakte angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n zusammengeführt</numerusform>
            <numerusform>%n zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back side(s) added to their card</source>
        <translation>
            <numerusform>%n Rückseite ergänzt</numerusform>
            <numerusform>%n Rückseiten ergänzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not read</source>
        <translation>
            <numerusform>%n Foto nicht gelesen</numerusform>
            <numerusform>%n Fotos nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded as met at {event}.</source>
        <translation>bei {event} als getroffen vermerkt.</translation>
    </message>
    <message>
        <source>Added as a contact of its own, beside the known one</source>
        <translation>Als eigener Kontakt angelegt, neben dem bekannten</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Merged with {name}</source>
        <translation>Mit {name} zusammengeführt</translation>
    </message>
    <message>
        <source>Back side, added to {name}</source>
        <translation>Rückseite, bei {name} ergänzt</translation>
    </message>
    <message>
        <source>Already known as {name}; left as it was</source>
        <translation>Schon bekannt als {name}; unverändert gelassen</translation>
    </message>
    <message>
        <source>Not read: {problem}</source>
        <translation>Nicht gelesen: {problem}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Move follow-ups from Saturday and Sunday to Monday</source>
        <translation>Follow-ups von Samstag und Sonntag auf Montag verschieben</translation>
    </message>
    <message>
        <source>Sort the contact list by surname</source>
        <translation>Kontaktliste nach Nachnamen sortieren</translation>
    </message>
    <message>
        <source>Keep the photo of a scanned business card</source>
        <translation>Foto einer gescannten Visitenkarte aufbewahren</translation>
    </message>
    <message>
        <source>Free (short notes, a few a month)</source>
        <translation>Kostenlos (kurze Notizen, wenige im Monat)</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source> notes a month</source>
        <translation> Notizen im Monat</translation>
    </message>
    <message>
        <source>Free (no note with a contact request)</source>
        <translation>Kostenlos (keine Notiz bei Kontaktanfragen)</translation>
    </message>
    <message>
        <source>Sie (formal)</source>
        <translation>Sie (formell)</translation>
    </message>
    <message>
        <source>Du (informal)</source>
        <translation>Du (informell)</translation>
    </message>
    <message>
        <source>To use another folder, start Netzwerk with --basedir FOLDER.</source>
        <translation>Für einen anderen Ordner starten Sie Netzwerk mit --basedir ORDNER.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore a backup …</source>
        <translation>Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow-ups due at</source>
        <translation>Follow-ups fällig um</translation>
    </message>
    <message>
        <source>LinkedIn account</source>
        <translation>LinkedIn-Konto</translation>
    </message>
    <message>
        <source>Invitation note limit</source>
        <translation>Länge der Einladungsnotiz</translation>
    </message>
    <message>
        <source>Personalised notes</source>
        <translation>Persönliche Notizen</translation>
    </message>
    <message>
        <source>XING account</source>
        <translation>XING-Konto</translation>
    </message>
    <message>
        <source>Address people as</source>
        <translation>Anredeform</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>Sprache der Nachrichten</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Land für Telefonnummern</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Sync with your phone (CardDAV) …</source>
        <translation>Mit dem Handy abgleichen (CardDAV) …</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Making a backup …</source>
        <translation>Sicherung wird erstellt …</translation>
    </message>
    <message>
        <source>Backup saved and verified: {path}</source>
        <translation>Sicherung gespeichert und geprüft: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Netzwerk backups (*.sqlite3)</source>
        <translation>Netzwerk-Sicherungen (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace all current data with this backup? The current state is backed up first, so this can be undone.</source>
        <translation>Alle aktuellen Daten durch diese Sicherung ersetzen? Der jetzige Stand wird vorher gesichert, das lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>Restored. The previous state was saved to {path}</source>
        <translation>Wiederhergestellt. Der vorherige Stand wurde gesichert unter {path}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The Today page works without the mouse:</source>
        <translation>Die Seite „Heute“ geht auch ganz ohne Maus:</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Request drafted</source>
        <translation>Anfrage entworfen</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Vernetzt</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
</context>
<context>
    <name>SyncArrivals</name>
    <message>
        <source>Met there</source>
        <translation>Dort getroffen</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Getroffen bei</translation>
    </message>
    <message numerus="yes">
        <source>New from your phone: %n person(s) – met at …?</source>
        <translation>
            <numerusform>Neu vom Handy: %n Kontakt – getroffen bei …?</numerusform>
            <numerusform>Neu vom Handy: %n Kontakte – getroffen bei …?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with your phone (CardDAV)</source>
        <translation>Mit dem Handy abgleichen (CardDAV)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Nextcloud, iCloud (with an app-specific password), Radicale, Baïkal, mailbox.org, Posteo. Only card data travels: notes, encounters, follow-ups and privacy notes stay on this computer.</source>
        <translation>Nextcloud, iCloud (mit app-spezifischem Passwort), Radicale, Baïkal, mailbox.org, Posteo. Nur die Kartendaten werden übertragen: Notizen, Begegnungen, Follow-ups und Datenschutzhinweise bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation>Wert vom Server behalten</translation>
    </message>
    <message>
        <source>Use my value</source>
        <translation>Meinen Wert nehmen</translation>
    </message>
    <message>
        <source>Changed differently on both sides: the server&apos;s value is on the card, yours is kept here (lists keep both).</source>
        <translation>Auf beiden Seiten verschieden geändert: Der Wert vom Server steht auf der Karte, Ihr Wert bleibt hier erhalten (Listen behalten beide).</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>{name}, {field}: server “{server}”, yours “{local}”</source>
        <translation>{name}, {field}: Server „{server}“, Ihr Wert „{local}“</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>pulled {pulled}, pushed {pushed}, merged {merged}, conflicts {conflicts}, deleted {deleted}</source>
        <translation>geholt {pulled}, hochgeladen {pushed}, zusammengeführt {merged}, Konflikte {conflicts}, gelöscht {deleted}</translation>
    </message>
    <message>
        <source>Fill in the server address, user name and password.</source>
        <translation>Geben Sie Serveradresse, Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Verbinde …</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n address book(s) found.</source>
        <translation>
            <numerusform>Verbunden: %n Adressbuch gefunden.</numerusform>
            <numerusform>Verbunden: %n Adressbücher gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account added: {book}.</source>
        <translation>Konto hinzugefügt: {book}.</translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Gleiche ab …</translation>
    </message>
    <message>
        <source>Synced: {counts}.</source>
        <translation>Abgeglichen: {counts}.</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>Sync: receiving cards {done} of {total} …</source>
        <translation>Abgleich: Karte {done} von {total} wird geholt …</translation>
    </message>
    <message>
        <source>Sync: sending cards {done} of {total} …</source>
        <translation>Abgleich: Karte {done} von {total} wird hochgeladen …</translation>
    </message>
    <message>
        <source>Synced with your phone: {pulled} received, {pushed} sent, {conflicts} to review.</source>
        <translation>Mit dem Handy abgeglichen: {pulled} geholt, {pushed} hochgeladen, {conflicts} zu prüfen.</translation>
    </message>
    <message>
        <source>Not synced: {reason}</source>
        <translation>Nicht abgeglichen: {reason}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Etwas ist schiefgegangen; Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Connection request</source>
        <translation>Kontaktanfrage</translation>
    </message>
    <message>
        <source>Follow instead of connecting</source>
        <translation>Folgen statt vernetzen</translation>
    </message>
    <message>
        <source>Welcome and offer help</source>
        <translation>Begrüßen und Hilfe anbieten</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>Geburtstagsgruß</translation>
    </message>
    <message>
        <source>Meet for coffee</source>
        <translation>Auf einen Kaffee treffen</translation>
    </message>
    <message>
        <source>Look at their website and profiles</source>
        <translation>Website und Profile ansehen</translation>
    </message>
    <message>
        <source>Answer a connection request</source>
        <translation>Auf eine Kontaktanfrage antworten</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>waiting for the connection</source>
        <translation>wartet auf die Vernetzung</translation>
    </message>
    <message>
        <source>Connect without a note</source>
        <translation>Ohne Nachricht vernetzen</translation>
    </message>
    <message>
        <source>{network}, profile to find</source>
        <translation>{network}, Profil noch suchen</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Ohne Grund</translation>
    </message>
    <message>
        <source>No profile found</source>
        <translation>Kein Profil gefunden</translation>
    </message>
    <message>
        <source>Already in touch</source>
        <translation>Schon in Kontakt</translation>
    </message>
    <message>
        <source>Not a good fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>I will call instead</source>
        <translation>Ich rufe lieber an</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Why skip this one? (optional)</source>
        <translation>Warum überspringen? (freiwillig)</translation>
    </message>
</context>
<context>
    <name>TodayKeys</name>
    <message>
        <source>Next / previous follow-up</source>
        <translation>Nächstes / vorheriges Follow-up</translation>
    </message>
    <message>
        <source>Leave the message box</source>
        <translation>Nachrichtenfeld verlassen</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Open the profile (or the LinkedIn search)</source>
        <translation>Profil öffnen (oder die LinkedIn-Suche)</translation>
    </message>
    <message>
        <source>Open the e-mail draft</source>
        <translation>E-Mail-Entwurf öffnen</translation>
    </message>
    <message>
        <source>Search on XING</source>
        <translation>Auf XING suchen</translation>
    </message>
    <message>
        <source>Paste their profile address</source>
        <translation>Profiladresse einfügen</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Later: tomorrow morning</source>
        <translation>Später: morgen früh</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Undo the last done, later or skip</source>
        <translation>Letztes Erledigt, Später oder Überspringen zurücknehmen</translation>
    </message>
</context>
<context>
    <name>TodaySide</name>
    <message>
        <source>Today and upcoming events</source>
        <translation>Heute und demnächst</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Lange nicht gesprochen</translation>
    </message>
    <message>
        <source>Nobody – you keep in touch well.</source>
        <translation>Niemand – Sie halten gut Kontakt.</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Die letzten 12 Monate</translation>
    </message>
    <message>
        <source>Bars: events attended. Dots: share of new contacts followed up within 24 hours.</source>
        <translation>Balken: besuchte Events. Punkte: Anteil neuer Kontakte, die innerhalb von 24 Stunden eine Nachricht bekamen.</translation>
    </message>
    <message>
        <source>No events planned. Once a month keeps a network alive.</source>
        <translation>Keine Events geplant. Ein Treffen im Monat hält ein Netzwerk lebendig.</translation>
    </message>
    <message numerus="yes">
        <source>{name} – %n day(s) overdue</source>
        <translation>
            <numerusform>{name} – %n Tag überfällig</numerusform>
            <numerusform>{name} – %n Tage überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Nothing due today.

After your next event, log the people you met: tomorrow morning their connection requests are drafted here.</source>
        <translation>Heute ist nichts fällig.

Erfassen Sie nach Ihrem nächsten Event die Menschen, die Sie getroffen haben: Am nächsten Morgen stehen hier die Entwürfe für die Kontaktanfragen.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Open e-mail draft</source>
        <translation>E-Mail-Entwurf öffnen</translation>
    </message>
    <message>
        <source>Search on XING</source>
        <translation>Auf XING suchen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Skip …</source>
        <translation>Überspringen …</translation>
    </message>
    <message>
        <source>Found them? Paste their LinkedIn or XING profile address</source>
        <translation>Gefunden? Adresse des LinkedIn- oder XING-Profils hier einfügen</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Fällige Follow-ups</translation>
    </message>
    <message>
        <source>Add to my calendar …</source>
        <translation>In meinen Kalender eintragen …</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message>
        <source>Connect without a note now; this text is the thank-you once connected.</source>
        <translation>Jetzt ohne Nachricht vernetzen; dieser Text ist der Dank, sobald Sie verbunden sind.</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <source>worth a personal note</source>
        <translation>eine persönliche Notiz wert</translation>
    </message>
    <message>
        <source>LinkedIn Premium: no monthly limit on personal notes.</source>
        <translation>LinkedIn Premium: keine Monatsgrenze für persönliche Notizen.</translation>
    </message>
    <message>
        <source>Personal LinkedIn notes left this month: {left} of {quota}</source>
        <translation>Persönliche LinkedIn-Notizen in diesem Monat übrig: {left} von {quota}</translation>
    </message>
    <message>
        <source>Choose a follow-up on the left.</source>
        <translation>Wählen Sie links ein Follow-up.</translation>
    </message>
    <message>
        <source>Search on LinkedIn</source>
        <translation>Auf LinkedIn suchen</translation>
    </message>
    <message>
        <source>No message needed: just do it and mark it done.</source>
        <translation>Keine Nachricht nötig: einfach erledigen und abhaken.</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} Zeichen</translation>
    </message>
    <message>
        <source>{n} / {limit} characters</source>
        <translation>{n} / {limit} Zeichen</translation>
    </message>
    <message>
        <source>Copied. Paste it into the network&apos;s message box.</source>
        <translation>Kopiert. Fügen Sie den Text in das Nachrichtenfeld bei LinkedIn oder XING ein.</translation>
    </message>
    <message>
        <source>This e-mail address cannot be used for a draft.</source>
        <translation>Diese E-Mail-Adresse taugt nicht für einen Entwurf.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>Undone: it is back in the queue.</source>
        <translation>Zurückgenommen: Das Follow-up ist wieder in der Liste.</translation>
    </message>
    <message>
        <source>Done: {name}.</source>
        <translation>Erledigt: {name}.</translation>
    </message>
    <message>
        <source>Later: {name} comes back in an hour.</source>
        <translation>Später: {name} kommt in einer Stunde wieder.</translation>
    </message>
    <message>
        <source>Later: {name} comes back tomorrow morning.</source>
        <translation>Später: {name} kommt morgen früh wieder.</translation>
    </message>
    <message>
        <source>Later: {name} comes back next week.</source>
        <translation>Später: {name} kommt nächste Woche wieder.</translation>
    </message>
    <message>
        <source>Later: {name}.</source>
        <translation>Später: {name}.</translation>
    </message>
    <message>
        <source>Skipped: {name}.</source>
        <translation>Übersprungen: {name}.</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>In meinen Kalender eintragen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) written to the calendar file.</source>
        <translation>
            <numerusform>%n Follow-up in die Kalenderdatei geschrieben.</numerusform>
            <numerusform>%n Follow-ups in die Kalenderdatei geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Deleted contacts stay here for 30 days, then they are erased for good.</source>
        <translation>Gelöschte Kontakte bleiben 30 Tage hier, danach werden sie endgültig entfernt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete permanently …</source>
        <translation>Endgültig löschen …</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) with all notes, encounters and follow-ups? This cannot be undone.</source>
        <translation>
            <numerusform>%n Kontakt mit allen Notizen, Begegnungen und Follow-ups endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Kontakte mit allen Notizen, Begegnungen und Follow-ups endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before now still contain them until those backups are rotated out or deleted.</source>
        <translation>Zuvor angelegte Sicherungen enthalten sie weiterhin, bis diese Sicherungen aussortiert oder gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ValueListEditor</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ValueTypes</name>
    <message>
        <source>work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>bevorzugt</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>Internet</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Business cards and lists (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Visitenkarten und Listen (*.vcf *.vcard *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contacts to {path}</source>
        <translation>
            <numerusform>%n Kontakt exportiert nach {path}</numerusform>
            <numerusform>%n Kontakte exportiert nach {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;can business cards …</source>
        <translation>&amp;Visitenkarten scannen …</translation>
    </message>
    <message>
        <source>The new language is used after a restart.</source>
        <translation>Die neue Sprache gilt nach einem Neustart.</translation>
    </message>
    <message>
        <source>Making a backup …</source>
        <translation>Sicherung wird erstellt …</translation>
    </message>
    <message>
        <source>Backup saved and verified: {path}</source>
        <translation>Sicherung gespeichert und geprüft: {path}</translation>
    </message>
    <message>
        <source>About Netzwerk</source>
        <translation>Über Netzwerk</translation>
    </message>
    <message>
        <source>Netzwerk {version}
Contacts, events and follow-ups for people who network in person.</source>
        <translation>Netzwerk {version}
Kontakte, Events und Follow-ups für Menschen, die persönlich netzwerken.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
</context>
</TS>
