-- Issue 16: the knowledge articles get a cache generation too. The published articles' slugs (rule sources link to
-- them) and the search's answers from the articles and the catalogue are kept in memory on every server; a change
-- of an article raises this generation in its transaction, so that every node of a cluster reads them again.
insert into cache_generation (name, generation) values ('articles', 0);
