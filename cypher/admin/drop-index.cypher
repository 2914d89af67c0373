// Drops one index by name, before the installer makes it again over what the schema now says.
DROP INDEX $name IF EXISTS
