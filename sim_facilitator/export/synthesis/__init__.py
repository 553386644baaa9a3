"""The national synthesis of every workshop in a database, as a PDF."""
