"""The frozen command line's script (fieldreport-cli, fieldreport-cli.exe)."""

from fieldreport.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
