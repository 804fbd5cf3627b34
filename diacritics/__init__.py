"""Vietnamese diacritic restoration: syllable lexicon, n-gram LM, noisy channel, decoder."""
