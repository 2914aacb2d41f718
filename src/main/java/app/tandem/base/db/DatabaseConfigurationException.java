package app.tandem.base.db;

/** A database setting is wrong or the server cannot be reached; the message names the setting. */
public class DatabaseConfigurationException extends RuntimeException {

    public DatabaseConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseConfigurationException(String message) {
        super(message);
    }
}
