"""The PDF toolkit the minutes and the synthesis share: fonts, bidi lines, text, flowables."""
