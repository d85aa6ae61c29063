enum SpoolPlaceholder {}
