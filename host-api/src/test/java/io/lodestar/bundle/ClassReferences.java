package io.lodestar.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages a compiled class refers to, read from its constant pool: class entries plus every type named
 * in a descriptor or generic signature (fields, methods, annotations, lambdas). This is what the JVM may need
 * to load, so every such package must be inside the bundle, in {@code java.*}, or imported. Reading the
 * constant pool ourselves avoids a bytecode library in the test classpath.
 */
public final class ClassReferences {
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)+)[;<]");

    private ClassReferences() {
    }

    /** Packages (dotted) referred to by the class file {@code bytes}; the class's own package included. */
    public static Set<String> packagesOf(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNameIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndexes.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        Set<String> packages = new TreeSet<>();
        for (int index : classNameIndexes) {
            String name = utf8[index];
            if (name.startsWith("[")) {
                addDescriptorTypes(name, packages);
            } else {
                addInternalName(name, packages);
            }
        }
        for (String text : utf8) {
            if (text != null) {
                addDescriptorTypes(text, packages);
            }
        }
        return packages;
    }

    private static void addDescriptorTypes(String text, Set<String> packages) {
        Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(text);
        while (matcher.find()) {
            addInternalName(matcher.group(1), packages);
        }
    }

    private static void addInternalName(String internalName, Set<String> packages) {
        int slash = internalName.lastIndexOf('/');
        if (slash > 0) {
            packages.add(internalName.substring(0, slash).replace('/', '.'));
        }
    }

    /**
     * The class file {@code bytes} with every constant pool string's internal-name prefix renamed ({@code
     * "javax/servlet/"} to {@code "jakarta/servlet/"}): class names, descriptors and signatures all live in UTF-8
     * entries, and everything else in a class file points at constants by index, so only those entries change.
     * The Platform 8 stand-in uses it to give the host-api declarations the jakarta signatures of Platform 8.
     */
    public static byte[] renamePackages(byte[] bytes, Map<String, String> internalPrefixes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length + 64);
        DataOutputStream out = new DataOutputStream(buffer);
        int magic = in.readInt();
        if (magic != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        out.writeInt(magic);
        out.writeShort(in.readUnsignedShort());
        out.writeShort(in.readUnsignedShort());
        int count = in.readUnsignedShort();
        out.writeShort(count);
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            out.writeByte(tag);
            switch (tag) {
                case 1 -> {
                    String text = in.readUTF();
                    for (Map.Entry<String, String> rename : internalPrefixes.entrySet()) {
                        text = text.replace(rename.getKey(), rename.getValue());
                    }
                    out.writeUTF(text);
                }
                case 7, 8, 16, 19, 20 -> out.writeShort(in.readUnsignedShort());
                case 3, 4, 9, 10, 11, 12, 17, 18 -> out.writeInt(in.readInt());
                case 5, 6 -> {
                    out.writeLong(in.readLong());
                    i++;
                }
                case 15 -> {
                    out.writeByte(in.readUnsignedByte());
                    out.writeShort(in.readUnsignedShort());
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        in.transferTo(out);
        out.flush();
        return buffer.toByteArray();
    }
}
