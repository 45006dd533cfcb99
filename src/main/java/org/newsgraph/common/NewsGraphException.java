package org.newsgraph.common;

/**
 * Root of every exception newsgraph throws. Checked exceptions from libraries are wrapped once, at the
 * edge of the stage that met them, with the file, line or article id in the message.
 */
public class NewsGraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NewsGraphException(String message) {
        super(message);
    }

    public NewsGraphException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A model or resource the pipeline needs could not be loaded. */
    public static class ConfigException extends NewsGraphException {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message) {
            super(message);
        }

        public ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A SPARQL query or update could not be read (a syntax error, an undeclared prefix) or is not accepted
     * as written. The message says where and why in words, without Jena's parser vocabulary.
     */
    public static class QueryException extends NewsGraphException {
        private static final long serialVersionUID = 1L;

        public QueryException(String message) {
            super(message);
        }

        public QueryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The dataset could not be opened, read or written. */
    public static class StoreException extends NewsGraphException {
        private static final long serialVersionUID = 1L;

        public StoreException(String message) {
            super(message);
        }

        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

}
