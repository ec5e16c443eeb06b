package newswire.apikeys;

/** A key list that cannot be used; the message names the source and line, never a key or a hash. */
public class InvalidKeyListException extends IllegalArgumentException {

    public InvalidKeyListException(String message) {
        super(message);
    }
}
