package dk.borgerstemme.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.time.Instant;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An e-mail the complaint service "sent" as an {@code .eml} file (its demo transport), read the way a mail
 * program shows it: the recipient, the decoded subject and the decoded text of its plain-text parts. Only
 * what the service's mails use is understood (RFC 2047 words in the subject; 7bit, 8bit,
 * quoted-printable and base64 parts).
 */
record SentMail(Path file, String to, String subject, String text) {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?=");
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";\\s]+)\"?", Pattern.CASE_INSENSITIVE);

    /** Every mail in {@code directory} (none while it does not exist yet), in file name order. */
    static List<SentMail> in(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<SentMail> mails = new ArrayList<>();
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".eml")).sorted().toList()) {
                try {
                    mails.add(read(file));
                } catch (NoSuchFileException replacedMeanwhile) {
                    // The transport writes the same mail again under the same name: the next look finds it.
                }
            }
            return mails;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits up to {@code patience} for a mail in the directory that is {@code wanted}; fails naming the mails there. */
    static SentMail await(Path directory, String what, Predicate<SentMail> wanted, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            List<SentMail> mails = in(directory);
            for (SentMail mail : mails) {
                if (wanted.test(mail)) {
                    return mail;
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("No e-mail with " + what + " in " + directory + " within " + patience.toSeconds()
                    + " s; the mails there: " + mails.stream().map(mail -> mail.file().getFileName() + " \"" + mail.subject() + "\"").toList());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static SentMail read(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        int end = raw.indexOf("\n\n");
        String headers = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 2);
        String contentType = header(headers, "Content-Type");
        StringBuilder text = new StringBuilder();
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (boundary.find()) {
            for (String part : body.split(Pattern.quote("--" + boundary.group(1)))) {
                String trimmed = part.startsWith("\n") ? part.substring(1) : part;
                int partEnd = trimmed.indexOf("\n\n");
                if (partEnd < 0) {
                    continue;
                }
                String partHeaders = trimmed.substring(0, partEnd);
                if (header(partHeaders, "Content-Type").toLowerCase(Locale.ROOT).startsWith("text/plain")) {
                    text.append(decode(trimmed.substring(partEnd + 2), partHeaders));
                }
            }
        } else {
            text.append(decode(body, headers));
        }
        return new SentMail(file, decodeWords(header(headers, "To")), decodeWords(header(headers, "Subject")), text.toString());
    }

    /** The header's value, its folded lines joined; empty when absent. */
    private static String header(String headers, String name) {
        String unfolded = headers.replaceAll("\n[ \t]+", " ");
        for (String line : unfolded.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return "";
    }

    private static String decode(String body, String headers) {
        String encoding = header(headers, "Content-Transfer-Encoding").toLowerCase(Locale.ROOT);
        Matcher charsetName = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE).matcher(header(headers, "Content-Type"));
        Charset charset = charsetName.find() ? Charset.forName(charsetName.group(1)) : StandardCharsets.US_ASCII;
        byte[] bytes = switch (encoding) {
            case "quoted-printable" -> quotedPrintable(body.replace("=\n", ""), false);
            case "base64" -> Base64.getMimeDecoder().decode(body.strip());
            default -> body.getBytes(StandardCharsets.ISO_8859_1);
        };
        return new String(bytes, charset);
    }

    private static String decodeWords(String value) {
        Matcher word = ENCODED_WORD.matcher(value.replaceAll("\\?=\\s+=\\?", "?==?"));
        StringBuilder decoded = new StringBuilder();
        while (word.find()) {
            Charset charset = Charset.forName(word.group(1));
            byte[] bytes = word.group(2).equalsIgnoreCase("B")
                ? Base64.getDecoder().decode(word.group(3))
                : quotedPrintable(word.group(3), true);
            word.appendReplacement(decoded, Matcher.quoteReplacement(new String(bytes, charset)));
        }
        word.appendTail(decoded);
        return decoded.toString();
    }

    private static byte[] quotedPrintable(String text, boolean underscoreIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '_' && underscoreIsSpace) {
                bytes.write(' ');
            } else {
                bytes.write((byte) c);
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
