package vn.ocop.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * The module boundaries of docs/architecture.md, checked on every build: no cycles, no access to
 * another module's internals (sub-packages or non-public types), and only the dependencies each
 * {@code package-info.java} allows. The same model writes the diagrams and module canvases in
 * {@code docs/modules} (committed, so a change in the module structure shows up in the diff).
 */
class ModularityTests {

	static final String DOCS_FOLDER = "docs/modules";

	final ApplicationModules modules = ApplicationModules.of(OcopPortalApplication.class);

	@Test
	void modulesRespectTheirBoundariesAndDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void writesModuleDiagramsAndCanvasesIntoTheDocs() throws IOException {
		new Documenter(modules, Options.defaults().withOutputFolder(DOCS_FOLDER))
			.writeDocumentation(DiagramOptions.defaults()
				.withStyle(DiagramStyle.UML)
				// Planned modules have no dependencies yet; show them anyway.
				.withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE), CanvasOptions.defaults());
		try (Stream<Path> diagrams = Files.list(Path.of(DOCS_FOLDER))) {
			for (Path diagram : diagrams.filter(path -> path.toString().endsWith(".puml")).toList()) {
				sortRelationships(diagram);
			}
		}
	}

	/**
	 * The documenter writes the arrows of a diagram in no fixed order; sorting each run of arrow
	 * lines keeps the committed diagrams stable, so that a diff shows only real changes.
	 */
	private static void sortRelationships(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
		List<String> sorted = new ArrayList<>(lines.size());
		List<String> arrows = new ArrayList<>();
		for (String line : lines) {
			if (line.contains(" --> ")) {
				arrows.add(line);
				continue;
			}
			arrows.sort(null);
			sorted.addAll(arrows);
			arrows.clear();
			sorted.add(line);
		}
		arrows.sort(null);
		sorted.addAll(arrows);
		Files.write(diagram, sorted, StandardCharsets.UTF_8);
	}

}
