package dk.borgerstemme.platform.catalogue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A catalogue file's name (as problems name it) and its text. */
record SourceFile(String name, String text) {

    static final String EXTENSION = ".yml";

    /** The file's text, or empty (and a problem) when its bytes are not UTF-8: Danish letters must survive. */
    static Optional<SourceFile> decode(String name, byte[] bytes, Problems problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
            return Optional.of(new SourceFile(name, text));
        } catch (CharacterCodingException e) {
            problems.add(name, Problems.WHOLE_FILE, "is not UTF-8 text");
            return Optional.empty();
        }
    }

    /** The file name without {@value #EXTENSION}: the id the file's content must carry. */
    String baseName() {
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }
}
