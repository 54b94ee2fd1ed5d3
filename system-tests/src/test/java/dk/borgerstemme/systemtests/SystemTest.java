package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test against the running system, with a fresh browser for every test that asks for one. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({RunningSystemExtension.class, BrowserExtension.class})
@interface SystemTest {
}
