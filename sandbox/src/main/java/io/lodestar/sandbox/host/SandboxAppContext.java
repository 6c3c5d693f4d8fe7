package io.lodestar.sandbox.host;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Element;

/**
 * The app's objects, built the way Jira builds them: a Spring context read from the app's own
 * {@code META-INF/spring/*.xml}. Each {@code <osgi:reference id interface>} of that XML, which in Jira imports a
 * host service from the OSGi registry, becomes here the sandbox's implementation of that interface under the same
 * bean id; every {@code <bean>} is then created by Spring exactly as the XML says. Module classes the XML does not
 * list (REST resources, servlets) are created like the plugin framework creates them: autowired by constructor
 * from the context.
 *
 * <p>An {@code osgi:reference} to an interface the sandbox does not implement fails the start with its name, so a
 * new host dependency of the app is noticed at once.
 */
public final class SandboxAppContext implements AutoCloseable {

    /** Gemini Blueprint's namespace, which Jira's plugin framework uses for {@code osgi:reference}. */
    static final String BLUEPRINT_NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    static final String SPRING_XML = "META-INF/spring/*.xml";

    private final GenericApplicationContext context;

    private SandboxAppContext(GenericApplicationContext context) {
        this.context = context;
    }

    /**
     * Reads the Spring XML of the app whose descriptor is on {@code loader}'s classpath and starts the context.
     *
     * @param hostServices the sandbox's implementation of each host interface the app may import
     */
    public static SandboxAppContext start(Map<Class<?>, Object> hostServices, ClassLoader loader) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(loader);
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(loader);
        // The blueprint schema is not on the classpath (it ships with Jira): read the XML without validation.
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        DefaultNamespaceHandlerResolver defaults = new DefaultNamespaceHandlerResolver(loader);
        NamespaceHandler hostReferences = new HostReferences(hostServices);
        hostReferences.init();
        reader.setNamespaceHandlerResolver(namespace ->
                BLUEPRINT_NAMESPACE.equals(namespace) ? hostReferences : defaults.resolve(namespace));
        List<Resource> files = springXml(loader);
        if (files.isEmpty()) {
            throw new IllegalStateException("no " + SPRING_XML + " next to " + PluginDescriptor.LOCATION + " on the classpath");
        }
        for (Resource file : files) {
            reader.loadBeanDefinitions(file);
        }
        playStaticAccessors(context, hostServices, loader);
        context.refresh();
        return new SandboxAppContext(context);
    }

    /** A bean of the app's context by type. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A new instance of a module class, its constructor arguments autowired from the context. */
    public <T> T create(Class<T> type) {
        Object created = context.getAutowireCapableBeanFactory()
                .createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        return type.cast(created);
    }

    /** The class of a module, loaded by the app's class loader. */
    public Class<?> moduleClass(String className) {
        try {
            return Class.forName(className, true, context.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the descriptor names " + className + ", which is not on the classpath", e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * {@code <bean class="com.atlassian...." factory-method="getX"/>}: a host service the app takes from a static
     * accessor of the host (Jira's {@code ComponentAccessor.getMailQueue()}). The host-api stand-in of that
     * accessor returns null, so the sandbox plays it: the bean becomes the sandbox's implementation of the method's
     * return type, and an accessor of a type the sandbox does not provide fails the start with its name.
     */
    private static void playStaticAccessors(GenericApplicationContext context, Map<Class<?>, Object> hostServices,
                                            ClassLoader loader) {
        for (String id : context.getBeanDefinitionNames()) {
            BeanDefinition bean = context.getBeanDefinition(id);
            String className = bean.getBeanClassName();
            if (className == null || !className.startsWith("com.atlassian.") || bean.getFactoryMethodName() == null
                    || bean.getFactoryBeanName() != null) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(className, false, loader).getMethod(bean.getFactoryMethodName()).getReturnType();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("bean '" + id + "': no " + className + "." + bean.getFactoryMethodName()
                        + "()", e);
            }
            Object service = hostServices.get(type);
            if (service == null) {
                throw new IllegalStateException("the app takes " + type.getName() + " from " + className + " (bean '"
                        + id + "'), which the sandbox does not provide: add it to io.lodestar.sandbox.host");
            }
            context.removeBeanDefinition(id);
            @SuppressWarnings({"unchecked", "rawtypes"})
            RootBeanDefinition played = new RootBeanDefinition((Class) service.getClass(), () -> service);
            context.registerBeanDefinition(id, played);
        }
    }

    /** The Spring XML files inside the same jar (or folder) as the app's descriptor. */
    private static List<Resource> springXml(ClassLoader loader) {
        try {
            java.net.URL descriptor = loader.getResource(PluginDescriptor.LOCATION);
            if (descriptor == null) {
                return List.of();
            }
            String root = descriptor.toString().substring(0, descriptor.toString().length() - PluginDescriptor.LOCATION.length());
            Set<String> seen = new LinkedHashSet<>();
            List<Resource> files = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver(loader).getResources("classpath*:" + SPRING_XML)) {
                String url = resource.getURL().toString();
                if (url.startsWith(root) && seen.add(url)) {
                    files.add(resource);
                }
            }
            files.sort(java.util.Comparator.comparing(resource -> String.valueOf(resource.getFilename())));
            return files;
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + SPRING_XML, e);
        }
    }

    /** {@code <osgi:reference id="..." interface="..."/>}: the sandbox's implementation of that interface. */
    private static final class HostReferences extends NamespaceHandlerSupport {

        private final Map<Class<?>, Object> hostServices;

        HostReferences(Map<Class<?>, Object> hostServices) {
            this.hostServices = hostServices;
        }

        @Override
        public void init() {
            registerBeanDefinitionParser("reference", new ReferenceParser());
        }

        private final class ReferenceParser implements BeanDefinitionParser {
            @Override
            public BeanDefinition parse(Element element, ParserContext parserContext) {
                String id = element.getAttribute("id");
                String interfaceName = element.getAttribute("interface");
                Object service = hostServices.entrySet().stream()
                        .filter(entry -> entry.getKey().getName().equals(interfaceName))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("the app imports " + interfaceName + " (bean '" + id
                                + "'), which the sandbox does not provide: add a Sandbox implementation in io.lodestar.sandbox.host"));
                @SuppressWarnings({"unchecked", "rawtypes"})
                RootBeanDefinition definition = new RootBeanDefinition((Class) service.getClass(), () -> service);
                parserContext.getRegistry().registerBeanDefinition(id, definition);
                return null;
            }
        }
    }
}
