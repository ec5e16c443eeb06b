package newswire.ingest.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import newswire.ingest.problem.Problem;
import newswire.ingest.problem.ProblemType;

/** Strict UTF-8 decoding: a malformed byte is reported with its offset instead of silently becoming U+FFFD. */
final class Utf8 {

    private Utf8() {
    }

    /** The decoded text without a leading byte order mark, or the problem with the request's bytes. */
    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, ProblemType.INVALID_ENCODING.with(
                    "The request body is not valid UTF-8: " + result.length() + " malformed byte(s) at byte offset "
                            + in.position() + ". Re-encode the text as UTF-8."));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    record Decoded(String text, Problem problem) {
    }
}
