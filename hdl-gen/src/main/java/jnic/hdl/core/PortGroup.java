package jnic.hdl.core;

/** Several signals held in one field, named together from the field's name. */
public interface PortGroup {
    void nameWith(String prefix);
}
