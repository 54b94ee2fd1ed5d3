package dk.borgerstemme.gateway.signin;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.util.List;

/**
 * A staff member who signs in with a password kept in configuration as a bcrypt hash: for local
 * use and evaluation. In production people sign in through the organisation's OpenID Connect provider.
 */
@EachProperty("borgerstemme.staff.users")
public class ConfiguredStaffUser {

    private final String username;
    private String passwordHash;
    private String name;
    private String organisation;
    private List<String> roles = List.of();
    private List<String> units = List.of();
    private List<String> teams = List.of();

    public ConfiguredStaffUser(@Parameter String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getName() {
        return name == null ? username : name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = List.copyOf(roles);
    }

    public List<String> getUnits() {
        return units;
    }

    public void setUnits(List<String> units) {
        this.units = List.copyOf(units);
    }

    public List<String> getTeams() {
        return teams;
    }

    public void setTeams(List<String> teams) {
        this.teams = List.copyOf(teams);
    }
}
