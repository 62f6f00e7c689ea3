; Inno Setup script for Gemeinsam Desktop (one-folder PyInstaller build).
;
; First build dist\gemeinsam-desktop\ with PyInstaller on Windows (see packaging\README.md),
; then, from the repository root:
;
;     iscc /DAppVersion=0.1.0 packaging\windows\gemeinsam-desktop.iss
;
; The installer lands in dist\installer\. It installs per user (no administrator rights),
; in German or English, with a Start menu entry and an optional desktop shortcut.
; Uninstalling removes the program only: the coaches' encrypted data and backups in the
; user's data folder stay where they are.

#ifndef AppVersion
  #error Bitte die Version angeben / pass the version: iscc /DAppVersion=0.1.0 gemeinsam-desktop.iss
#endif

#define AppName "Gemeinsam Desktop"
#define AppPublisher "Gemeinsam in Wetzlar"
#define AppExeName "gemeinsam-desktop.exe"
; Paths are relative to this script's folder (packaging\windows).
#define BuildDir "..\..\dist\gemeinsam-desktop"

[Setup]
; AppId identifies the app for updates and uninstall: never change it.
AppId={{B029FE51-D7F5-40AB-9F5E-82FF4D42A175}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=gemeinsam-desktop-{#AppVersion}-setup
SetupIconFile=..\icons\gemeinsam-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
