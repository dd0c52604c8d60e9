package org.newsroom.web.rates.site;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The readable address /rates, answered by the Faces page /rates.xhtml with the reader's query string. */
@WebServlet(urlPatterns = "/rates")
public class RatesPageAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher("/rates.xhtml").forward(request, response);
    }
}
