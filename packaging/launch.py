"""PyInstaller's entry script: the `agent-desk` console script, frozen.

A script outside the package, so the bundle imports `agent_desk` as a package
(as the installed console script does) rather than running a module of it as
__main__."""

from agent_desk.cli import main

raise SystemExit(main())
