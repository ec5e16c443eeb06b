package newswire.contract;

public enum SpeakerKind { PERSON, ORGANIZATION, DESCRIPTION, UNKNOWN }
