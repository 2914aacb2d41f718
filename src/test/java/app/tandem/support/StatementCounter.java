package app.tandem.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements a thread sends to the database, whoever sends them (Hibernate, Spring
 * JDBC, plain JDBC): the data source is wrapped so that every {@code execute*} call on a
 * statement it handed out is counted for the calling thread. Counting per thread keeps the
 * scheduled refresh and other background work out of a test's figure.
 */
public final class StatementCounter {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    private StatementCounter() {}

    /** Starts counting from zero on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements executed on this thread since the last {@link #reset()}. */
    public static long count() {
        return COUNT.get()[0];
    }

    /** Runs {@code work} and returns how many statements it executed on this thread. */
    public static long count(Runnable work) {
        reset();
        work.run();
        return count();
    }

    /** Wraps every {@link DataSource} bean of the context. */
    public static BeanPostProcessor dataSourceWrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? wrap(ds) : bean;
            }
        };
    }

    public static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? proxy(Connection.class, c, connectionHandler(c)) : result;
        });
    }

    private static InvocationHandler connectionHandler(Connection target) {
        return (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return switch (method.getName()) {
                case "prepareCall" ->
                    proxy(CallableStatement.class, (CallableStatement) result, statementHandler(result));
                case "prepareStatement" ->
                    proxy(PreparedStatement.class, (PreparedStatement) result, statementHandler(result));
                case "createStatement" -> proxy(Statement.class, (Statement) result, statementHandler(result));
                default -> result;
            };
        };
    }

    private static InvocationHandler statementHandler(Object target) {
        return (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                COUNT.get()[0]++;
            }
            return invoke(target, method, args);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
