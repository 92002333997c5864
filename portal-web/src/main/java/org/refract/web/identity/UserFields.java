package org.refract.web.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.refract.domain.identity.Discipline;
import org.refract.domain.identity.Role;

/**
 * The fields the new-user and the edit-user pages share (name, discipline, roles), bound by
 * {@code WEB-INF/includes/identity/user-fields.xhtml}. Roles travel as names, as check boxes submit them.
 */
public class UserFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String displayName;
    private Discipline discipline;
    private List<String> roles = new ArrayList<>();

    void fill(String displayName, Discipline discipline, Set<Role> roles) {
        this.displayName = displayName;
        this.discipline = discipline;
        this.roles = new ArrayList<>(roles.stream().sorted().map(Role::name).toList());
    }

    Set<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(Role.valueOf(r)));
        return set;
    }

    public List<Discipline> getDisciplines() {
        return List.of(Discipline.values());
    }

    public List<Role> getRoleOptions() {
        return List.of(Role.values());
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
