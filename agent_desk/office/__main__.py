from agent_desk.office.cli import main

raise SystemExit(main())
