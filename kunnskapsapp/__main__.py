from kunnskapsapp.cli import main

raise SystemExit(main())
