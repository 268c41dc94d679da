package com.adhocsupport.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a console page keeps in the HTTP session is copied to the other nodes of a cluster
 * (web.xml is distributable): every value a view- or session-scoped bean holds must be
 * serializable, or a node fails to hand its sessions over (a node that rejoins never deploys).
 */
class ReplicatedStateTest {

    @Test
    void everythingAPageKeepsInTheSessionCanBeCopiedToAnotherNode() {
        List<JavaClass> scoped = new ClassFileImporter().importPath(Path.of("target", "classes")).stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)).toList();
        assertFalse(scoped.isEmpty(), "the console has view-scoped pages");
        List<String> notCopyable = new ArrayList<>();
        for (JavaClass bean : scoped) {
            for (Field field : bean.reflect().getDeclaredFields()) {
                if (isKept(field) && !copyable(field.getGenericType())) {
                    notCopyable.add(bean.getSimpleName() + "." + field.getName() + " (" + field.getGenericType().getTypeName() + ")");
                }
            }
        }
        assertEquals(List.of(), notCopyable);
    }

    /** Injected references are proxies the container restores; static and transient fields are not copied. */
    private static boolean isKept(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class);
    }

    /** A primitive or serializable type; a list or map is judged by what it holds. */
    private static boolean copyable(Type type) {
        if (type instanceof ParameterizedType parameterized
                && (parameterized.getRawType() == List.class || parameterized.getRawType() == Map.class)) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (!copyable(argument)) {
                    return false;
                }
            }
            return true;
        }
        return type instanceof Class<?> c && (c.isPrimitive() || Serializable.class.isAssignableFrom(c));
    }
}
