"""The coordinator's window (``fieldreport --central``): the organisation's central store."""
