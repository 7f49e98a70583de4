; Inno Setup script: installs the one-folder app built by packaging/netzwerk.spec.
; tools/build_package.py runs it on Windows (when iscc.exe is found) as
;   iscc /DAppVersion=<version from pyproject.toml> packaging\windows\netzwerk.iss
; paths below are relative to this file.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (tools/build_package.py does)
#endif

[Setup]
; A fixed AppId lets an update replace the installed version instead of adding one.
AppId={{6A1D2C57-3B0E-4E8B-9C61-7F3E5A0B2D94}
AppName=Netzwerk
AppVersion={#AppVersion}
AppVerName=Netzwerk {#AppVersion}
AppPublisher=The Netzwerk developers
DefaultDirName={autopf}\Netzwerk
DefaultGroupName=Netzwerk
DisableProgramGroupPage=yes
; Per-user install by default (no admin rights needed); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=netzwerk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\netzwerk.ico
UninstallDisplayIcon={app}\netzwerkw.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "vcfassoc"; Description: "Open vCard files (.vcf) with Netzwerk"; GroupDescription: "File types:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\netzwerk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Netzwerk"; Filename: "{app}\netzwerkw.exe"; Comment: "Contacts, events and follow-ups"
Name: "{autodesktop}\Netzwerk"; Filename: "{app}\netzwerkw.exe"; Tasks: desktopicon

[Registry]
; .vcf -> Netzwerk.vCard; opening one runs "netzwerkw.exe gui FILE", which starts the
; import (in the running window for the data folder, if there is one).
; HKA is HKCU for a per-user install and HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.vcf\OpenWithProgids"; ValueType: string; ValueName: "Netzwerk.vCard"; ValueData: ""; Flags: uninsdeletevalue; Tasks: vcfassoc
Root: HKA; Subkey: "Software\Classes\.vcf"; ValueType: string; ValueName: ""; ValueData: "Netzwerk.vCard"; Flags: uninsdeletevalue; Tasks: vcfassoc
Root: HKA; Subkey: "Software\Classes\Netzwerk.vCard"; ValueType: string; ValueName: ""; ValueData: "vCard business card"; Flags: uninsdeletekey; Tasks: vcfassoc
Root: HKA; Subkey: "Software\Classes\Netzwerk.vCard\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\netzwerkw.exe,0"; Tasks: vcfassoc
Root: HKA; Subkey: "Software\Classes\Netzwerk.vCard\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\netzwerkw.exe"" gui ""%1"""; Tasks: vcfassoc
; "Open with" lists Netzwerk even when the user keeps another default for .vcf.
Root: HKA; Subkey: "Software\Classes\Applications\netzwerkw.exe\SupportedTypes"; ValueType: string; ValueName: ".vcf"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\netzwerkw.exe"; Description: "{cm:LaunchProgram,Netzwerk}"; Flags: nowait postinstall skipifsilent
