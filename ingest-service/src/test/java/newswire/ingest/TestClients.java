package newswire.ingest;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The clients configured for the tests ({@code %test.newswire.auth.keys} holds only the hashes of these keys).
 * Made for the tests, used nowhere else.
 */
final class TestClients {

    /** A newsroom's publishing script: may write. */
    static final String NEWSROOM_KEY = "nw_test-ROJ_VLh8_ZCoHPgFRY7vpzFBXB5CVuoY";
    /** The newsroom's next key, configured beside the first during a rotation. */
    static final String NEWSROOM_NEXT_KEY = "nw_test-oeUpRMw8EopR14JDYXbUyV9Sr5vA8qx9";
    /** A second client that may write, e.g. a wire importer. */
    static final String WIRE_IMPORTER_KEY = "nw_test-SV9YRrWic9nHGXOzJ8Xyp1Pbc1OqVDlF";
    /** A dashboard: may read the stream, not publish. */
    static final String DASHBOARD_KEY = "nw_test-eISTOVOkTMoUYGTpEf2hKjRYLOCSHBZo";
    /** A key that was revoked. */
    static final String OLD_FEED_KEY = "nw_test-dptzP-cO838crGQDcpIPv9Ft655yj8aQ";

    private TestClients() {
    }

    static RequestSpecification as(String key) {
        return RestAssured.given().header("Authorization", "Bearer " + key);
    }

    /** The client most tests act as. */
    static RequestSpecification newsroom() {
        return as(NEWSROOM_KEY);
    }
}
