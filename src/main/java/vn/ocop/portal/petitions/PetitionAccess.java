package vn.ocop.portal.petitions;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Who may see and act on which petitions (bean {@code petitionAccess}, for {@code @PreAuthorize},
 * the management service and the list queries):
 * <ul>
 * <li>the provincial office (administrators, provincial officers): every petition, every step;</li>
 * <li>a department handler: the petitions whose lead or co-operating department is theirs (their
 * data scope {@code DEPARTMENT <code>}); they answer those their department leads;</li>
 * <li>an organisation's representative: the petitions of their organisation, to which they may add
 * information, and new online petitions in its name;</li>
 * <li>everyone else: nothing in the back office.</li>
 * </ul>
 */
@Component("petitionAccess")
public class PetitionAccess {

	private static final Set<Role> OFFICE = EnumSet.of(Role.ADMIN, Role.PROVINCIAL_OFFICER);

	private final ScopeGuard scopeGuard;

	PetitionAccess(ScopeGuard scopeGuard) {
		this.scopeGuard = scopeGuard;
	}

	/** The provincial office: classifies, assigns, approves, publishes. */
	public boolean isOffice() {
		return user().filter(user -> OFFICE.contains(user.role())).isPresent();
	}

	/** The current department handler's department. */
	public Optional<String> department() {
		return user().filter(user -> user.role() == Role.DEPARTMENT_HANDLER && user.scope().kind() == DataScope.Kind.DEPARTMENT)
			.map(user -> user.scope().reference());
	}

	/** The current representative's organisation. */
	public Optional<String> organisation() {
		return user().filter(user -> user.role() == Role.ORGANISATION_REP && user.scope().kind() == DataScope.Kind.ORGANISATION)
			.map(user -> user.scope().reference());
	}

	/** Whether the current user may open the petitions of the back office at all. */
	public boolean mayUsePetitions() {
		return isOffice() || department().isPresent() || organisation().isPresent();
	}

	boolean mayRead(Petition petition) {
		if (isOffice()) {
			return true;
		}
		Optional<String> department = department();
		if (department.isPresent()) {
			return petition.concerns(department.get());
		}
		return organisation().filter(own -> own.equals(petition.organisationId)).isPresent();
	}

	boolean mayAnswer(Petition petition) {
		return isOffice() || department().filter(own -> own.equals(petition.leadDepartment)).isPresent();
	}

	boolean mayAddInformation(Petition petition) {
		return organisation().filter(own -> own.equals(petition.organisationId)).isPresent();
	}

	/** Whether the current user sees the petitioner's contact details (the office and the departments concerned). */
	boolean maySeeContacts(Petition petition) {
		return isOffice() || department().filter(petition::concerns).isPresent();
	}

	String actor() {
		return user().map(ScopedUser::username).orElse("anonymous");
	}

	/**
	 * The SQL condition (on alias {@code p}) that limits a list to what the current user may see,
	 * with its parameters: fixed SQL, the scope a parameter.
	 */
	SqlCondition listCondition() {
		Map<String, Object> params = new LinkedHashMap<>();
		if (isOffice()) {
			return new SqlCondition("TRUE", params);
		}
		Optional<String> department = department();
		if (department.isPresent()) {
			params.put("scopeDepartment", department.get());
			return new SqlCondition("(p.lead_department = :scopeDepartment OR EXISTS (SELECT 1 FROM petitions_cooperating_department c"
					+ " WHERE c.petition_id = p.id AND c.department_code = :scopeDepartment))", params);
		}
		Optional<String> organisation = organisation();
		if (organisation.isPresent()) {
			params.put("scopeOrganisation", organisation.get());
			return new SqlCondition("p.organisation_id = :scopeOrganisation", params);
		}
		return new SqlCondition("FALSE", params);
	}

	/** A piece of WHERE clause and its parameters. */
	record SqlCondition(String sql, Map<String, Object> parameters) {
	}

	private Optional<ScopedUser> user() {
		return scopeGuard.currentUser();
	}

}
