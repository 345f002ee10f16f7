package dev.finsuite.emi.loan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.emi.EmiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentTests extends EmiTest {

    private String member;
    private String loan;
    private String payments;

    @BeforeEach
    void scooterLoan() throws Exception {
        onKnownDay();
        member = tokenOnClock(newTenant(), "MEMBER");
        loan = createLoan(member, shortLoan());
        payments = "/api/v1/emis/" + loan + "/payments";
    }

    @Test
    void partialPaymentsAccumulateAndALateOneRecordsTheDaysLate() {
        Api.Reply first = api().post(payments, Map.of("amount", "5000", "paidOn", "2025-01-05"))
                .token(member)
                .send();
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.field("/instalmentNumber")).isEqualTo("1");
        // Due on 2025-01-05, long past: a part payment does not hide the arrears.
        assertThat(first.field("/instalmentStatus")).isEqualTo("OVERDUE");
        assertThat(first.field("/instalmentRemaining")).isEqualTo("3791.59");
        assertThat(first.field("/daysLate")).isEqualTo("0");

        Api.Reply rest = api().post(payments, Map.of("amount", "3791.59", "paidOn", "2025-01-15"))
                .token(member)
                .send();
        assertThat(rest.field("/instalmentNumber")).isEqualTo("1");
        assertThat(rest.field("/instalmentStatus")).isEqualTo("PAID");
        assertThat(rest.field("/daysLate")).isEqualTo("10");

        Api.Reply next = api().post(payments, Map.of("amount", "8791.59", "paidOn", "2025-02-05"))
                .token(member)
                .send();
        assertThat(next.field("/instalmentNumber")).isEqualTo("2");

        Api.Reply schedule =
                api().get("/api/v1/emis/" + loan + "/schedule").token(member).send();
        assertThat(schedule.field("/instalments/0/status")).isEqualTo("PAID");
        assertThat(schedule.field("/instalments/0/paid")).isEqualTo("8791.59");
        assertThat(schedule.field("/instalments/1/status")).isEqualTo("PAID");
        assertThat(schedule.field("/instalments/2/status")).isEqualTo("OVERDUE");
        assertThat(schedule.field("/totals/amountPaid")).isEqualTo("17583.18");
        Api.Reply listed = api().get(payments + "?size=2").token(member).send();
        assertThat(listed.field("/totalItems")).isEqualTo("3");
        assertThat(listed.json().at("/items").size()).isEqualTo(2);
        Api.Reply one = api().get(next.header("Location")).token(member).send();
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.field("/amount")).isEqualTo("8791.59");
    }

    @Test
    void aNamedInstalmentCanBePaidAheadOfOrder() {
        Api.Reply paid = api().post(
                        payments, Map.of("amount", "8791.59", "paidOn", "2025-01-02", "instalmentNumber", 3))
                .token(member)
                .send();

        assertThat(paid.field("/instalmentNumber")).isEqualTo("3");
        assertThat(api().post(payments, Map.of("amount", "1", "paidOn", "2025-01-02", "instalmentNumber", 3))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(409);
    }

    @Test
    void payingMoreThanIsDueIs422AndWritesNothing() throws Exception {
        api().post(payments, Map.of("amount", "8000", "paidOn", "2025-01-05"))
                .token(member)
                .send();

        Api.Reply over = api().post(payments, Map.of("amount", "800", "paidOn", "2025-01-05"))
                .token(member)
                .send();

        assertThat(over.status()).isEqualTo(422);
        assertThat(over.field("/code")).isEqualTo("overpayment");
        assertThat(over.field("/detail")).contains("791.59").contains("prepayment");
        assertThat(rows("emi_payments", loan)).isEqualTo(1);
    }

    @Test
    void aReplayWithTheSameKeyReturnsTheFirstResponseAndWritesOnce() throws Exception {
        Map<String, Object> body = Map.of("amount", "8791.59", "paidOn", "2025-01-05");
        Api.Reply first = api().post(payments, body)
                .header("Idempotency-Key", "pay-jan")
                .token(member)
                .send();
        Api.Reply replay = api().post(payments, body)
                .header("Idempotency-Key", "pay-jan")
                .token(member)
                .send();

        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(rows("emi_payments", loan)).isEqualTo(1);

        Api.Reply reused = api().post(payments, Map.of("amount", "100", "paidOn", "2025-01-05"))
                .header("Idempotency-Key", "pay-jan")
                .token(member)
                .send();
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.field("/code")).isEqualTo("idempotency_key_reused");
        assertThat(rows("emi_payments", loan)).isEqualTo(1);
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() throws Exception {
        Api.Reply failed = api().post(payments, Map.of("amount", "9000", "paidOn", "2025-01-05"))
                .header("Idempotency-Key", "retry-me")
                .token(member)
                .send();
        assertThat(failed.status()).isEqualTo(422);

        Api.Reply retried = api().post(payments, Map.of("amount", "9000", "paidOn", "2025-01-05"))
                .header("Idempotency-Key", "retry-me")
                .token(member)
                .send();
        assertThat(retried.status()).isEqualTo(422);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(count("select count(*) from idempotency_keys where idem_key = 'retry-me'"))
                .isZero();
    }

    @Test
    void concurrentPaymentsForTheSameInstalmentNeverBothCountIt() throws Exception {
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            replies.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return api().post(payments, Map.of("amount", "8791.59", "paidOn", "2025-01-05", "instalmentNumber", 1))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .token(member)
                        .send();
            }));
        }
        start.countDown();
        List<Integer> statuses = replies.stream()
                .map(CompletableFuture::join)
                .map(Api.Reply::status)
                .sorted()
                .toList();

        assertThat(statuses).containsExactly(201, 409, 409, 409, 409, 409);
        assertThat(rows("emi_payments", loan)).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesWithOneKeyWriteOnceAndAgree() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replies.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return api().post(payments, Map.of("amount", "4000", "paidOn", "2025-01-05"))
                        .header("Idempotency-Key", "double-click")
                        .token(member)
                        .send();
            }));
        }
        start.countDown();
        List<Api.Reply> all = replies.stream().map(CompletableFuture::join).toList();

        assertThat(all)
                .allSatisfy(
                        reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(201));
        assertThat(all.stream().map(reply -> reply.field("/id")).distinct()).hasSize(1);
        assertThat(rows("emi_payments", loan)).isEqualTo(1);
    }

    @Test
    void reversingAPaymentOwesTheInstalmentAgainAndReopensAClosedLoan() throws Exception {
        Map<String, Object> tiny = shortLoan();
        tiny.put("principal", "1000");
        tiny.put("annualRate", "0");
        tiny.put("tenureMonths", 3);
        String id = createLoan(member, tiny);
        String path = "/api/v1/emis/" + id + "/payments";
        api().post(path, Map.of("amount", "333.33", "paidOn", "2025-01-05"))
                .token(member)
                .send();
        api().post(path, Map.of("amount", "333.33", "paidOn", "2025-02-05"))
                .token(member)
                .send();
        Api.Reply last = api().post(path, Map.of("amount", "333.34", "paidOn", "2025-03-05"))
                .token(member)
                .send();
        assertThat(last.field("/loanStatus")).isEqualTo("CLOSED");
        assertThat(api().post(path, Map.of("amount", "1", "paidOn", "2025-03-05"))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(409);

        assertThat(api().delete(path + "/" + last.field("/id"))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(204);

        Api.Reply loanNow = api().get("/api/v1/emis/" + id).token(member).send();
        assertThat(loanNow.field("/status")).isEqualTo("ACTIVE");
        assertThat(loanNow.field("/nextDue/instalmentNumber")).isEqualTo("3");
        assertThat(loanNow.field("/outstandingPrincipal")).isEqualTo("333.34");
        assertThat(rows("emi_payments", id)).isEqualTo(2);
        assertThat(api().delete(path + "/" + last.field("/id"))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(404);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
