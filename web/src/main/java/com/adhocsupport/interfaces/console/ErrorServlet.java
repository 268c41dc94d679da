package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.i18n.LocalizedText;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error page: a plain, localized sentence and a way back; the cause goes to the log, never to the page. */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer ? (Integer) code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null) {
            LOG.log(Level.SEVERE, "Request to " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed", failure);
        }
        String key = status == 403 ? "error.forbidden" : status == 404 ? "error.notFound" : "error.unexpected";
        LocalizedText text = new LocalizedText("com.adhocsupport.interfaces.console.Messages", request.getLocale(),
                ErrorServlet.class.getClassLoader());
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>AdHoc Support</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/jakarta.faces.resource/css/console.css.xhtml\">"
                + "</head><body><main><div class=\"card narrow\"><h1 id=\"error-title\">" + text.plain(key)
                + "</h1><p><a class=\"button\" href=\"" + request.getContextPath() + "/app/adhoc.xhtml\">"
                + text.plain("error.back") + "</a></p></div></main></body></html>");
    }
}
