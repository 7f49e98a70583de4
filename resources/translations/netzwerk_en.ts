<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionStatus</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressListEditor</name>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This birthday does not exist: {day}.{month}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPhotoButton</name>
    <message>
        <source>The business card this contact came from — click to enlarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the business card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPicture</name>
    <message>
        <source>No picture of this card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Pitch and online presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does your pitch tell the same story as your website and profiles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does their pitch tell the same story as their website and profiles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your website / LinkedIn / XING says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What their website / LinkedIn / XING says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste text from the website or a profile here …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: what matches, what does not, what to suggest …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pitch yet. Write your elevator pitch above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pitch recorded yet. Note what they say at the next event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pitch to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste text from the website or a profile to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks consistent: {shared} of {total} key terms of the pitch appear online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly consistent: {shared} of {total} key terms of the pitch appear online. Have a closer look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible mismatch: only {shared} of {total} key terms of the pitch appear online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: {terms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the pitch: {terms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only online: {terms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Loading …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored photo cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {date} · {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured at an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from your phone (CardDAV sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a business card (photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture the app can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs at least a name, an organisation, an e-mail or a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPageWidgets</name>
    <message>
        <source>Choose photo …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from the name if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail, address, web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add website or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal and networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know this person personally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. card handed over at the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded at any event yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see and edit their card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search names, companies, e-mails, pitches, notes …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to event …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet.

Log an event and the people you met, or import business cards (.vcf) from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Select people for bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n people:</source>
        <translation>
            <numerusform>Tag for %n person:</numerusform>
            <numerusform>Tag for %n people:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n people.</source>
        <translation>
            <numerusform>Tagged %n person.</numerusform>
            <numerusform>Tagged %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n people to the event.</source>
        <translation>
            <numerusform>Added %n person to the event.</numerusform>
            <numerusform>Added %n people to the event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n people to the trash. Restore them from the trash.</source>
        <translation>
            <numerusform>Moved %n person to the trash. Restore them from the trash.</numerusform>
            <numerusform>Moved %n people to the trash. Restore them from the trash.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong inside Netzwerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved when it is made. The details were written to the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <source>Show Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due now</source>
        <translation>
            <numerusform>%n follow-up due now</numerusform>
            <numerusform>%n follow-ups due now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name at {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a similar name at {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, nothing else to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same e-mail address {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same profile {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same phone number {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same UID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These contacts have similar names, but nothing shows they are one person. Merge them if they are, or keep them apart: they will not be listed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which contact do you keep? The other one is merged into it: no value is lost, and the merge can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {name} (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} was merged into {name}. Undo: netzwerk undo-merge {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesHint</name>
    <message>
        <source>Review …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) from imports to review.</source>
        <translation>
            <numerusform>%n possible duplicate from imports to review.</numerusform>
            <numerusform>%n possible duplicates from imports to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said in their introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who their customers are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you could work together or refer each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth remembering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked business</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database {path} is read-only; check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the follow-up should come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up can only be snoozed until a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is already skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address of their LinkedIn or XING profile, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} does not exist in {zone} (clocks go forward); choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a file; only files can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a named pipe, not a file; only files can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a device, not a file; only files can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a socket, not a file; only files can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a special file, not a file; only files can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerk is already running with this data folder. Switch to the open window instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}); the old ones stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of the CSV file cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one field that has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too much text for one QR code; leave out some fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile URL to put into the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”: choose a file name ending in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture that can be read (use a PNG or JPEG image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture that can be read (use a PNG or JPEG image); it seems to be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in this picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a QR code in this picture, but it is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be read: the QR decoder stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the picture took too long; try a smaller or sharper picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is {size} MB; pictures over 50 MB are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture has {width} × {height} pixels, too many to be a photo; please use a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Netzwerk backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not found; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable Netzwerk backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Netzwerk; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be brought up to this version of Netzwerk; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a complete Netzwerk backup ({problem}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open follow-ups to put in a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source checked: {sources}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consistency note belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs at least a name, an organisation, an e-mail or a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a salutation; use {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a form of address; use {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a language; use {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid value; use {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a saved contact can be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{number} {name} is in the trash; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event times need a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a saved event can be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network {name} has no event to repeat yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event belongs to no network, so there is nothing to repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encounter fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not recorded at this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: the disk is full ({reason}). The old file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format “{format}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no contacts to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time without a time zone cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up has no message to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown duplicate policy “{policy}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from this file was imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; files over 50 MB are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” looks like a LinkedIn export but has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {number} was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the later merge {number} into the same contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed after the merge; undoing it would lose those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website address must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LinkedIn address must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XING address must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text on the card in “{name}” could not be sorted into fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no name, organisation, e-mail or phone to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was found damaged earlier and was kept aside as {kept}; there is no backup to restore: move that file elsewhere to start with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was found damaged earlier and was kept aside as {kept}; the newest good backup is {backup} — restore it with: netzwerk restore {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was damaged ({problem}) and was kept aside as {kept}; there is no backup to restore: move that file elsewhere to start with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was damaged ({problem}) and was kept aside as {kept}; the newest good backup is {backup} — restore it with: netzwerk restore {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral&apos;s value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is not a request from a stranger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder: {placeholders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database copy could not be finished: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program or window. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full or cannot be written. Free some space; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Netzwerk database (it has other tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {name} is damaged or not a database ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Netzwerk (schema {schema}). Please update the app; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update would break links between records ({count} problems); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be updated: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no one-to-one with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no referral with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consistency note with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a PNG image, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a PNG image, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a JPEG image, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a JPEG image, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a GIF image, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a GIF image, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a PDF document, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a PDF document, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a ZIP archive (perhaps a Word or Excel file), not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a ZIP archive (perhaps a Word or Excel file), not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a media file, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a media file, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a compressed (gzip) file, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a compressed (gzip) file, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a bitmap image, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a bitmap image, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; vCard files over 50 MB are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size} MB; vCard files over 50 MB are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” holds {cards} cards; files of more than {limit} cards are not imported. Please split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds {cards} cards; files of more than {limit} cards are not imported. Please split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a binary file, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a binary file, not a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” contains no vCard (no BEGIN:VCARD line was found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no vCard (no BEGIN:VCARD line was found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact found in this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the people who came as contact numbers: --met 3,7,12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--met records people at a saved event: add --save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not readable XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address book was found at {url}; is it a CardDAV server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no address book for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sync account with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict with the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card of {name} kept changing on the server while it was synced; sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds a card for {name} that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{url}” is no web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address {url} is not encrypted; use https:// (plain http only works for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password; check them (iCloud needs an app-specific password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this account to {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered {method} with error {status}; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} has a certificate that cannot be trusted; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} did not answer in time; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} cannot be reached; check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no password for {user} at {url}; remove the account and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business card was found in this picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be read: the text recogniser stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading business cards needs the text recogniser, which is not installed (install Netzwerk with its scan extra).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is larger than 5 MB; please choose a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BNI Chapter Isartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Business breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the event a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Recognised from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars&apos; table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>New event …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected event&apos;s network again: a week (or its usual interval) later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie or Du, and the language, for each network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet.

After your next breakfast or meetup, log it with “New event”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see who you met there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (met at {times} of {of})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n contacts.</source>
        <translation>
            <numerusform>Export %n contact.</numerusform>
            <numerusform>Export %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all contacts that are not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 (phones, Outlook, most programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes are encounters, pitches, consistency notes, follow-ups and the source note. Without them the file holds only the business cards — right for passing people on. With them it is a full copy for yourself, which Netzwerk reads back completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ms (Frau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr (Herr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie (formal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du (informal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstCardDialog</name>
    <message>
        <source>Welcome to Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app drafts your messages after each event and signs them with your name. What is your name? Everything else can wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Martina Schreiber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Texts for craft businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pitch in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XING profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Imported: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with existing contacts: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (already there): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn connections confirmed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn connections not in your contacts yet: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates to review: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; files already finished are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: already known as {existing} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip people I already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into the existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them as contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s).</source>
        <translation>
            <numerusform>Added %n contact.</numerusform>
            <numerusform>Added %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>It contained another card inside it (BEGIN:VCARD within a card); that card was read separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown character set “{charset}”; text was read as UTF-8 or Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text encoding was guessed as {encoding}; please check its names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its web address “{value}” is not a valid link; it was kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its photo is larger than {size} MB and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its photo is damaged (invalid base64 data) and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no name, organisation, e-mail or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its {property} entry is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XING card has no profile URL; its XING id was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection date “{date}” could not be read; the date was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; nothing from this file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event “{title}” ({date}) was not in the database and was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} connections in this file are called {name}, and so is contact {id}; the connection was marked on nobody and is not offered as a new contact. Mark it on the contact yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts are called {name} ({ids}); the connection was marked on none of them and is not offered as a new contact. Mark it on the right one yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) without a name (members who left LinkedIn or hid their data) left out.</source>
        <translation>
            <numerusform>%n connection without a name (a member who left LinkedIn or hid their data) was left out.</numerusform>
            <numerusform>%n connections without a name (members who left LinkedIn or hid their data) were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) matching no contact not added.</source>
        <translation>
            <numerusform>%n connection matches no contact and was not added.</numerusform>
            <numerusform>%n connections match no contact and were not added.</numerusform>
        </translation>
    </message>
    <message>
        <source>; the card brings nothing new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has {length} characters; {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in or remove: {placeholders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” sounds like selling; a first message should not sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links in a personal note put people off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where you met: {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the template as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing concrete from your conversation yet; add one thing you talked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One exclamation mark is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” in capitals shouts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your contacts …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all contacts …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;QR code …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCardView</name>
    <message>
        <source>My card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own business card: shown as a QR code at events and used in the messages the app drafts for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XING profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from the name if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail and profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you say in the introduction round (about 60 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you do, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevator pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDefaultsDialog</name>
    <message>
        <source>Networks: Sie or Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the people of each network are addressed in drafted messages, unless a person&apos;s own card says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No networks yet: a network is added with its first event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie or Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Met at “{title}” on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {file} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from a QR code ({source}) on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the LinkedIn export {file} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection request on {platform} on {date}; not met in person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XING URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the profile URL (a smaller code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR version {version} · {count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrReadDialog</name>
    <message>
        <source>Read a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo or screenshot of a QR code, paste one from the clipboard, or drop a picture here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose picture …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the code appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event — only add the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.heic *.heif *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the picture …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at the event; the follow-up is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database file is damaged. It was kept unchanged as
{kept}

The newest good backup is
{backup}

Restore it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database file is damaged. It was kept unchanged as
{kept}

There is no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegularsChecklist</name>
    <message>
        <source>Regulars: tick who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipSection</name>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lead is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place, e.g. a café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one-to-ones yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipState</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>Title / prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web / LinkedIn / XING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the QR code printed on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check: read with uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterCapture</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie/Du: default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Tab, a line about them, Enter. Known people are suggested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeLinks</name>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link cannot be opened safely:

{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-mail to

{target}

in your mail program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call

{target}

with your phone app?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this website in your browser?

{target}

{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan business cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of business cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with photos of business cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no photos among the chosen files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business card was found on this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPages</name>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at &amp;event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back side of the &amp;previous card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo shows the back of the card before: read both as one card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph each business card (front and back if both are printed), then choose the photos or a folder of them, or drop them here. Reading happens on this computer; nothing leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;photos …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;folder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep b&amp;oth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides as one card; adding it completes the contact stored before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known: {name} — merge, skip or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan business cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are not added yet. Close anyway and lose them?</source>
        <translation>
            <numerusform>%n card is not added yet. Close anyway and lose it?</numerusform>
            <numerusform>%n cards are not added yet. Close anyway and lose them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading photo {n} of {total} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) read</source>
        <translation>
            <numerusform>%n photo read</numerusform>
            <numerusform>%n photos read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanSummary</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a card to open its contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added</source>
        <translation type="unfinished">
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation type="unfinished">
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back side(s) added to their card</source>
        <translation type="unfinished">
            <numerusform>%n back side added to its card</numerusform>
            <numerusform>%n back sides added to their cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not read</source>
        <translation type="unfinished">
            <numerusform>%n photo not read</numerusform>
            <numerusform>%n photos not read</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded as met at {event}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as a contact of its own, beside the known one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back side, added to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known as {name}; left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move follow-ups from Saturday and Sunday to Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the contact list by surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the photo of a scanned business card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free (short notes, a few a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> notes a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free (no note with a contact request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie (formal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du (informal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use another folder, start Netzwerk with --basedir FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation note limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalised notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XING account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address people as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with your phone (CardDAV) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerk backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all current data with this backup? The current state is backed up first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The previous state was saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Today page works without the mouse:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncArrivals</name>
    <message>
        <source>Met there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New from your phone: %n person(s) – met at …?</source>
        <translation>
            <numerusform>New from your phone: %n person – met at …?</numerusform>
            <numerusform>New from your phone: %n people – met at …?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with your phone (CardDAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nextcloud, iCloud (with an app-specific password), Radicale, Baïkal, mailbox.org, Posteo. Only card data travels: notes, encounters, follow-ups and privacy notes stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed differently on both sides: the server&apos;s value is on the card, yours is kept here (lists keep both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {field}: server “{server}”, yours “{local}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled {pulled}, pushed {pushed}, merged {merged}, conflicts {conflicts}, deleted {deleted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server address, user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n address book(s) found.</source>
        <translation>
            <numerusform>Connected: %n address book found.</numerusform>
            <numerusform>Connected: %n address books found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account added: {book}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>Sync: receiving cards {done} of {total} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: sending cards {done} of {total} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with your phone: {pulled} received, {pushed} sent, {conflicts} to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow instead of connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome and offer help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet for coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at their website and profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect without a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}, profile to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a good fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will call instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why skip this one? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayKeys</name>
    <message>
        <source>Next / previous follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile (or the LinkedIn search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the e-mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search on XING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste their profile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last done, later or skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaySide</name>
    <message>
        <source>Today and upcoming events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody – you keep in touch well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: events attended. Dots: share of new contacts followed up within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events planned. Once a month keeps a network alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} – %n day(s) overdue</source>
        <translation>
            <numerusform>{name} – %n day overdue</numerusform>
            <numerusform>{name} – %n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Nothing due today.

After your next event, log the people you met: tomorrow morning their connection requests are drafted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open e-mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search on XING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found them? Paste their LinkedIn or XING profile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my calendar …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect without a note now; this text is the thank-you once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worth a personal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn Premium: no monthly limit on personal notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal LinkedIn notes left this month: {left} of {quota}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a follow-up on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search on LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message needed: just do it and mark it done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into the network&apos;s message box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address cannot be used for a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: it is back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: {name} comes back in an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: {name} comes back tomorrow morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: {name} comes back next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) written to the calendar file.</source>
        <translation>
            <numerusform>%n follow-up written to the calendar file.</numerusform>
            <numerusform>%n follow-ups written to the calendar file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Deleted contacts stay here for 30 days, then they are erased for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s) with all notes, encounters and follow-ups? This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n person with all notes, encounters and follow-ups? This cannot be undone.</numerusform>
            <numerusform>Erase %n people with all notes, encounters and follow-ups? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before now still contain them until those backups are rotated out or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueListEditor</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueTypes</name>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business cards and lists (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contacts to {path}</source>
        <translation>
            <numerusform>Exported %n contact to {path}</numerusform>
            <numerusform>Exported %n contacts to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;can business cards …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerk {version}
Contacts, events and follow-ups for people who network in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
