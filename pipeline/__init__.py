"""baocao's ingest pipeline: probe → rasterize → clean → OCR → restore → store, one module per stage."""
