"""The PySide6 GUI. Only this package (and the app's composition root) imports Qt."""
