; Inno Setup 6 script: the Windows installer of ParishDesk.
;
; Build on a Windows machine (see packaging/README.md), from the repository's top folder:
;   iscc /DAppVersion=0.1.0 packaging\windows\parishdesk.iss
; after "pyinstaller packaging\parishdesk.spec" has made dist\ParishDesk\.
; The installer is written to dist\ParishDesk-<version>-setup.exe.
;
; It installs for the current user only, with no administrator rights: the program
; goes into %LOCALAPPDATA%\Programs\ParishDesk; the clerk's records stay in
; %LOCALAPPDATA%\ParishDesk (ParishDesk's data folder), which neither installing,
; upgrading nor uninstalling touches. Installing a newer version over an older one
; keeps everything; ParishDesk upgrades the records itself, after a backup.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\parishdesk.iss
#endif

[Setup]
; The AppId ties every version together, so a new version installs over the old one.
AppId={{5C4F3A7E-2B8D-4E61-9A0C-7D1E6B2F9A43}
AppName=ParishDesk
AppVersion={#AppVersion}
AppVerName=ParishDesk {#AppVersion}
AppPublisher=ParishDesk
AppComments=The parish clerk's desk: councillors, enquiries, information requests and the Member/Officer Protocol
VersionInfoVersion={#AppVersion}
VersionInfoProductName=ParishDesk
; Per user, never asking for administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\ParishDesk
DisableDirPage=auto
DefaultGroupName=ParishDesk
DisableProgramGroupPage=yes
UninstallDisplayName=ParishDesk
UninstallDisplayIcon={app}\ParishDesk.exe
SetupIconFile=..\icons\parishdesk.ico
OutputDir=..\..\dist
OutputBaseFilename=ParishDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Registers the .parishdesk-backup file type, so Explorer must be told.
ChangesAssociations=yes
; A running ParishDesk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Put a ParishDesk shortcut on the desktop"; GroupDescription: "Shortcuts:"; Flags: unchecked

[InstallDelete]
; The previous version's libraries, so that nothing stale is left beside the new ones.
; (Program files only: the clerk's records are not in {app}.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\ParishDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ParishDesk"; Filename: "{app}\ParishDesk.exe"; Comment: "The parish clerk's desk"
Name: "{autodesktop}\ParishDesk"; Filename: "{app}\ParishDesk.exe"; Comment: "The parish clerk's desk"; Tasks: desktopicon

[Registry]
; .parishdesk-backup files open with ParishDesk, which asks before restoring them.
; HKA is the current user's HKEY_CURRENT_USER\Software\Classes in a per-user install.
Root: HKA; Subkey: "Software\Classes\.parishdesk-backup"; ValueType: string; ValueName: ""; ValueData: "ParishDesk.Backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.parishdesk-backup\OpenWithProgids"; ValueType: string; ValueName: "ParishDesk.Backup"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ParishDesk.Backup"; ValueType: string; ValueName: ""; ValueData: "ParishDesk backup"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ParishDesk.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ParishDesk.exe,0"
Root: HKA; Subkey: "Software\Classes\ParishDesk.Backup\shell\open"; ValueType: string; ValueName: ""; ValueData: "Restore with ParishDesk"
Root: HKA; Subkey: "Software\Classes\ParishDesk.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ParishDesk.exe"" open-backup ""%1"""

[Run]
Filename: "{app}\ParishDesk.exe"; Description: "Start ParishDesk now"; Flags: nowait postinstall skipifsilent

[Code]
{ Where the clerk's records are: PARISHDESK_HOME if set, else ParishDesk's own folder. }
function DataFolder(): String;
begin
  Result := GetEnv('PARISHDESK_HOME');
  if Result = '' then
    Result := ExpandConstant('{localappdata}\ParishDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox('ParishDesk has been removed from this computer.' + #13#10 + #13#10 +
           'Your council''s records, backups and letters have been left where they are, in:' +
           #13#10 + DataFolder() + #13#10 + #13#10 +
           'Installing ParishDesk again will find them there. Delete that folder yourself ' +
           'only when you are sure nobody needs the records any more.',
           mbInformation, MB_OK);
end;
