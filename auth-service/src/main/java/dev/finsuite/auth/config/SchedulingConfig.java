package dev.finsuite.auth.config;

import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Configuration;

/** Jobs run on one replica at a time; the lock provider (rows in PostgreSQL, by its clock) is common-lib's. */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class SchedulingConfig {}
