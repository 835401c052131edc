package vn.ocop.portal.support;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server for the e-mail tests: GreenMail on a free local port, started at once, and the
 * application's {@code spring.mail.*} pointed at it. A test class keeps it in a static field,
 * registers it from its {@code @DynamicPropertySource} method and stops it after all its tests.
 */
public final class LocalSmtp {

	private LocalSmtp() {
	}

	/** A started server on a free port of 127.0.0.1. */
	public static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	/** Points the application's mail sender at the server. */
	public static void register(DynamicPropertyRegistry registry, GreenMail server) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server.getSmtp().getPort());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
	}

}
