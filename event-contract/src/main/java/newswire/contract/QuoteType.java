package newswire.contract;

/** FULL: a whole sentence or more is quoted; PARTIAL: a phrase quoted inside the writer's own sentence. */
public enum QuoteType { FULL, PARTIAL }
