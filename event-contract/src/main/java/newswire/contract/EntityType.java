package newswire.contract;

public enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC }
