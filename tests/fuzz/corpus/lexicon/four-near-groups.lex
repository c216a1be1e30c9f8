suicide (a b|c) ~3 d ~2 (x|y) ~1 z
