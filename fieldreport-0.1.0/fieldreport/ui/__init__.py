"""The Qt desktop app. The only package in FieldReport that imports Qt."""
