"""The application's frame: main window and sidebar, sign-in, set-up wizard, idle lock,
language and fonts, and the registry through which features add pages and record tabs."""
