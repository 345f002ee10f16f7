package dev.finsuite.emi.bench;

import dev.finsuite.emi.schedule.Adjustment;
import dev.finsuite.emi.schedule.Amortization;
import dev.finsuite.emi.schedule.LoanTerms;
import dev.finsuite.emi.schedule.Schedule;
import dev.finsuite.emi.schedule.Strategy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a 360-month schedule takes to project, and to re-project after a prepayment under each strategy
 * (target: under 1 ms each). Run with {@code bench/emi/run.sh}; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScheduleBenchmark {

    private final LoanTerms terms =
            new LoanTerms(new BigDecimal("5000000"), new BigDecimal("8.75"), 360, LocalDate.of(2026, 1, 31), 2);
    private final List<Adjustment> reduceTenure = List.of(
            new Adjustment.Prepayment(LocalDate.of(2031, 2, 10), new BigDecimal("750000"), Strategy.REDUCE_TENURE));
    private final List<Adjustment> reduceEmi = List.of(
            new Adjustment.Prepayment(LocalDate.of(2031, 2, 10), new BigDecimal("750000"), Strategy.REDUCE_EMI));

    @Benchmark
    public Schedule schedule360Months() {
        return Amortization.project(terms);
    }

    @Benchmark
    public Schedule reprojectAfterPrepaymentReduceTenure() {
        return Amortization.project(terms, reduceTenure);
    }

    @Benchmark
    public Schedule reprojectAfterPrepaymentReduceEmi() {
        return Amortization.project(terms, reduceEmi);
    }
}
