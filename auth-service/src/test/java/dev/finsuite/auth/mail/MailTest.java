package dev.finsuite.auth.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.finsuite.common.testsupport.ServiceTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * auth-service with an SMTP server: GreenMail, in this JVM, speaking the real protocol on a free port. Every test
 * class that sends email extends this, so they share one server and one application context.
 */
public abstract class MailTest extends ServiceTest {

    protected static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        properties.add("finsuite.auth.app-url", () -> "https://money.example.org/");
    }

    /** The one email sent to {@code address}, waiting for it (mail goes out after the answer). */
    protected static MimeMessage mailTo(String address) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(address), found -> !found.isEmpty())
                .get(0);
    }

    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .toList();
    }

    /** The token of the first link to the web app's {@code page} in the email. */
    protected static String tokenOfLink(MimeMessage mail, String page) {
        Matcher link = Pattern.compile(
                        "https://money\\.example\\.org" + Pattern.quote(page) + "\\?token=([A-Za-z0-9_-]+)")
                .matcher(GreenMailUtil.getBody(mail));
        if (!link.find()) {
            throw new AssertionError("No " + page + " link in: " + GreenMailUtil.getBody(mail));
        }
        return link.group(1);
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
