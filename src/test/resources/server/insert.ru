# A SPARQL Update that adds one triple to a named graph.
INSERT DATA { GRAPH <urn:newsgraph-test:intruder> { <urn:newsgraph-test:s> <urn:newsgraph-test:p> "written" } }
