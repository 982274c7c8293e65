@echo off
rem Builds RehabDesk's Windows setup program with one command, on a Windows build machine
rem with Python 3.11 and Inno Setup 6 installed (docs/admin-guide.md, "Building the
rem Windows installer"): the pinned dependencies, the PyInstaller folder, its self-test,
rem then dist\RehabDesk-<version>-setup.exe. Stops at the first step that fails.
setlocal
cd /d "%~dp0.."
if not exist .venv\Scripts\python.exe (py -3.11 -m venv .venv || exit /b 1)
.venv\Scripts\python -m pip install --quiet -c requirements.lock -e ".[installer]" || exit /b 1
.venv\Scripts\pyinstaller --noconfirm installer\rehabdesk.spec || exit /b 1
dist\RehabDesk\rehabdesk.exe self-test || exit /b 1
for /f "tokens=2" %%v in ('dist\RehabDesk\rehabdesk.exe --version') do set VERSION=%%v
"%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=%VERSION% installer\rehabdesk.iss || exit /b 1
echo Built dist\RehabDesk-%VERSION%-setup.exe
