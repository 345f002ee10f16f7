package dev.finsuite.auth.mail;

import dev.finsuite.auth.config.AuthProperties;
import dev.finsuite.common.web.ApiException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Sends auth-service's emails (a password reset, an invitation) through the SMTP server of {@code SMTP_HOST}. An
 * installation without one sends none: the features that need email answer 503 {@code email_not_configured},
 * and sign-up and sign-in work as before.
 */
@Component
public class Mailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;
    private final String appUrl;
    /** Mail goes out after the answer: a slow SMTP server neither delays it nor tells whom a mail was for. */
    private final ThreadPoolTaskExecutor outbox = new ThreadPoolTaskExecutor();

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host, AuthProperties auth) {
        this.sender = sender;
        this.host = host;
        this.from = auth.mailFrom();
        this.appUrl = auth.appUrl().replaceAll("/+$", "");
        outbox.setCorePoolSize(1);
        outbox.setMaxPoolSize(1);
        outbox.setQueueCapacity(1000);
        outbox.setThreadNamePrefix("outbox-");
        outbox.initialize();
    }

    /**
     * Runs {@code work} (which may send mail) after the caller has its answer; beyond a thousand waiting, new work
     * is dropped with a warning rather than holding memory.
     */
    public void later(Runnable work) {
        try {
            outbox.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("An email could not be prepared or sent: {}", e.toString());
                }
            });
        } catch (org.springframework.core.task.TaskRejectedException full) {
            log.warn("The outbox is full; an email was dropped");
        }
    }

    @Override
    public void destroy() {
        outbox.shutdown();
    }

    /** Refuses at once, before anything is written, where this installation sends no email. */
    public void requireConfigured() {
        if (host == null || host.isBlank() || sender.getIfAvailable() == null) {
            throw new NotConfigured();
        }
    }

    /** The web app's page {@code path}, as a link in an email. */
    public String page(String path) {
        return appUrl + path;
    }

    /** The web app's page {@code path} with {@code token} as its query, as a link in an email. */
    public String link(String path, String token) {
        return page(path) + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public void send(String to, String subject, String text) {
        requireConfigured();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.getObject().send(message);
        } catch (MailException e) {
            log.warn("Could not send \"{}\" through {}: {}", subject, host, e.toString());
            throw new Undeliverable();
        }
    }

    static class NotConfigured extends ApiException {
        NotConfigured() {
            super(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "email_not_configured",
                    "This installation sends no email (no SMTP server is configured); ask its operator");
        }
    }

    static class Undeliverable extends ApiException {
        Undeliverable() {
            super(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "email_unavailable",
                    "The email could not be sent just now; try again in a few minutes");
        }
    }
}
