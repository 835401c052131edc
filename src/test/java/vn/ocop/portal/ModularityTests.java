package vn.ocop.portal;

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
	void writesModuleDiagramsAndCanvasesIntoTheDocs() {
		new Documenter(modules, Options.defaults().withOutputFolder(DOCS_FOLDER))
			.writeDocumentation(DiagramOptions.defaults()
				.withStyle(DiagramStyle.UML)
				// Planned modules have no dependencies yet; show them anyway.
				.withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE), CanvasOptions.defaults());
	}

}
