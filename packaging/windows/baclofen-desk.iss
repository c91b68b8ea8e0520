; Inno Setup 6 script: the Windows installer for Baclofen Desk.
;
; Build on Windows, after `make bundle` has made dist\baclofen-desk:
;   iscc packaging\windows\baclofen-desk.iss
; Signed (see packaging\README.md): define a sign tool named "signtool" and /DSign, e.g.
;   iscc "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" /DSign packaging\windows\baclofen-desk.iss
; Output: dist\BaclofenDesk-<version>-setup.exe
;
; Per-machine install into Program Files (administrator rights), a Start menu
; entry, the plan file type, an uninstaller in Settings > Apps. Silent switches
; for IT: packaging\README.md ("Install for clinics").

#define AppName "Baclofen Desk"
#define ExeName "baclofen-desk.exe"
#define CliName "baclofen-desk-cli.exe"
#define ProgId "BaclofenDesk.Plan"
#define SourceDir AddBackslash(SourcePath) + "..\..\dist\baclofen-desk"

; The version comes from the program's own version resource (set from pyproject.toml).
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(SourceDir + "\" + ExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error dist\baclofen-desk\baclofen-desk.exe not found or without a version: run `make bundle` first
#endif

[Setup]
; Never change AppId: it is how Windows recognises upgrades and the uninstaller.
AppId={{309B9167-F3FC-440D-84A2-A30E20EF3367}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppCopyright=Copyright (c) {#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
; Per machine: Program Files, HKLM, all users' Start menu. Requires administrator rights.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#ExeName}
SetupIconFile=..\..\resources\icons\baclofen-desk.ico
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=BaclofenDesk-{#AppVersion}-setup
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
; Windows decides a file's type by its last extension, so to Explorer a plan
; "Smith.baclofen.json" is a .json file. By default Baclofen Desk is offered in
; "Open with" for .json files; this task also makes it the default program for
; .json on machines where no user has chosen another one.
Name: "jsondefault"; Description: "Open all .json files with {#AppName} by default"; GroupDescription: "File types:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's libraries completely (no stale files of the old version).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The clinic's site configuration, when IT names one: setup.exe /SITECONFIG="\\server\share\site.toml"
; (copied to %ProgramData%\Baclofen Desk\site.toml; kept on uninstall and on upgrade without it).
Source: "{param:SITECONFIG}"; DestDir: "{commonappdata}\Baclofen Desk"; DestName: "site.toml"; Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: SiteConfigGiven

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; Comment: "Plan oral baclofen titrations and tapers"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Registry]
; The plan file type: a ProgID that opens plans in Baclofen Desk ...
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Baclofen Desk plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
; ... offered for .json files in Explorer's "Open with" (the current default stays) ...
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; ... and, with the jsondefault task, the default for .json.
Root: HKA; Subkey: "Software\Classes\.json"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: jsondefault
; The application itself, for "Open with" and Default Apps.
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
; "App Paths": Win+R and `start baclofen-desk` find the program without PATH changes.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#ExeName}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#CliName}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#CliName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function SiteConfigGiven: Boolean;
begin
  Result := ExpandConstant('{param:SITECONFIG}') <> '';
end;
